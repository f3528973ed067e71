"""`interviewer grade`: grade many answers from JSON Lines or CSV, one result per input line.

Input is streamed in chunks of `CHUNK_LINES` lines and output is written as each chunk is
graded, so memory stays constant whatever the input's length. With `jobs` above 1 the chunks
are graded in worker processes (each builds its graders once), a bounded number in flight, and
written back in input order.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import IO

from ..paths import checked_output
from .bank import Bank, Question, load_bank
from .batch_bytes import text_stream
from .batch_input import (
    CSV_FIELDS,
    Entry,
    Item,
    LineError,
    Passed,
    csv_records,
    items,
    jsonl_records,
)
from .catalog import Catalog
from .errors import InputError, InterviewerError, Problem, UnknownQuestionError
from .grading import BANDS, Grade, Grader, grader_for
from .grading.text import Text
from .safe_text import json_text, neutralise
from .store.records import scores_mean

__all__ = ["Item", "LineError", "grade_chunk", "result_row", "run_batch"]

CHUNK_LINES = 500
"""Lines graded together."""

REFERENCE_GRADERS_KEPT = 256
"""Reference-mode questions whose fitted grader is kept for the lines after them (each
process): a class's answers to a few questions fit each question once."""

IN_FLIGHT_PER_JOB = 2
"""Chunks queued per worker process: enough to keep workers busy, few enough to bound memory."""

PROGRESS_EVERY = 1000
"""Progress is shown (on a terminal) every this many lines."""

CSV_OUTPUT_FIELDS = (
    "line",
    "question_id",
    "score",
    "band",
    "similarity",
    "coverage",
    "matched",
    "missed",
    "flags",
    "feedback",
    "error",
)

BankSpec = tuple[str, str | None]
"""A bank as worker processes find it: (bank file, rubric file or None)."""


# ---------------------------------------------------------------------------------------------
# Grading one chunk (in this process or a worker)


OUTPUT_NAMES = frozenset((*CSV_OUTPUT_FIELDS, "misconceptions", "grader_version", "file"))
"""Names an output row uses (`file`: a Dask partition's); a passed-through input field of the
same name is written as `input_<name>`, so it neither hides nor is hidden by a result."""


def output_name(name: str) -> str:
    """The output name of a passed-through input field."""
    return f"input_{name}" if name in OUTPUT_NAMES else name


def _start_row(number: int, passed: Passed) -> dict:
    row: dict = {"line": number}
    for name, value in passed:
        row.setdefault(output_name(name), value)
    return row


def result_row(item: Item, grade: Grade) -> dict:
    """The output object of a graded line: `line`, the line's passed-through fields in input
    order, then the grade."""
    row = _start_row(item.line, item.passed)
    if item.question_id is not None:
        row["question_id"] = item.question_id
    row.update(
        score=grade.score,
        band=grade.band,
        similarity=grade.similarity,
        coverage=grade.coverage,
        matched=[m.concept for m in grade.matched],
        missed=list(grade.missed),
        misconceptions=[m.phrase for m in grade.misconceptions],
        flags=list(grade.flags),
        feedback=" ".join(grade.feedback),
        grader_version=grade.grader_version,
    )
    return row


def error_row(number: int, why: str, passed: Passed = (), question_id: str | None = None) -> dict:
    """The output object of a line that cannot be graded: its passed-through fields, its
    question id when it has one, and why."""
    row = _start_row(number, passed)
    if question_id is not None:
        row["question_id"] = question_id
    return {**row, "error": why}


def grade_chunk(chunk: list[Entry], bank: Bank | None) -> list[dict]:
    """One output row per entry of `chunk`, in order; no exception escapes for a bad line."""
    bank_grader = grader_for(bank) if bank is not None else None
    rows = []
    for number, entry in chunk:
        if isinstance(entry, LineError):
            rows.append(error_row(number, str(entry), entry.passed, entry.question_id))
            continue
        try:
            if entry.question is not None:
                question, grader = _reference_grader(entry.question)
                if isinstance(grader, LineError):
                    raise grader
                grade = grader.grade(question, entry.answer)
            else:
                if bank is None or bank_grader is None or entry.question_id is None:
                    raise LineError("no bank to look the question id up in")
                grade = bank_grader.grade(bank.get(entry.question_id), entry.answer)
            rows.append(result_row(entry, grade))
        except (LineError, UnknownQuestionError) as err:
            rows.append(error_row(number, str(err), entry.passed, entry.question_id))
        except Exception as err:  # the batch contract: a line fails, never the batch
            why = f"cannot grade this line: {type(err).__name__}: {err}"
            rows.append(error_row(number, why, entry.passed, entry.question_id))
    return rows


@lru_cache(maxsize=REFERENCE_GRADERS_KEPT)
def _reference_grader(question: Question) -> tuple[Question, Grader | LineError]:
    """The grader of one reference-mode question, fitted on that question's own text (as
    `grade_reference` is): a line's grade never depends on the other lines of the file, their
    order or how they fall into chunks. Kept (per process) for the next lines with an equal
    question, which are graded as the first one's object, whose preparation the grader keeps."""
    grader: Grader | LineError
    if not any(Text.of(reference).content for reference in question.reference_answers):
        why = "the answer key holds no content words to compare with (only words like 'the', 'of')"
        return question, LineError(why)
    try:
        grader = Grader(questions=[question]).fit()
    except ValueError:  # e.g. "empty vocabulary": only stop words
        grader = LineError("the question and reference hold no words to compare (only stop words?)")
    return question, grader


_worker_banks: dict[BankSpec, Bank] = {}


def _grade_in_worker(chunk: list[Entry], spec: BankSpec | None) -> list:
    bank = None
    if spec is not None:
        bank = _worker_banks.get(spec)
        if bank is None:
            bank = _worker_banks[spec] = load_bank(spec[0], spec[1])
    return grade_chunk(chunk, bank)


# ---------------------------------------------------------------------------------------------
# Writing


class _Writer:
    """JSON Lines, or CSV whose columns are `line`, the passed-through ones, then the grade's."""

    def __init__(self, stream: IO[bytes], is_csv: bool, passed: Iterable[str] = ()) -> None:
        self.stream = stream
        self.is_csv = is_csv
        names = list(dict.fromkeys(output_name(name) for name in passed))
        self.columns = (CSV_OUTPUT_FIELDS[0], *names, *CSV_OUTPUT_FIELDS[1:])
        self._grade_fields = set(CSV_OUTPUT_FIELDS)
        self._passed = set(names)
        self.left_out: dict[str, int] = {}
        """Passed-through fields with no CSV column (JSON Lines keys not on the first line),
        and the first line that had each."""
        if is_csv:
            self._write_csv(dict(zip(self.columns, self.columns, strict=True)))

    def write(self, row: dict) -> None:
        if self.is_csv:
            flat = {}
            for key, value in row.items():
                if key in self._grade_fields:
                    flat[key] = "; ".join(value) if isinstance(value, list) else value
                elif key in self._passed:
                    flat[key] = _cell(value)
                elif key not in OUTPUT_NAMES:
                    self.left_out.setdefault(key, row["line"])
            self._write_csv(flat)
        else:
            text = json_text(row) + "\n"
            self.stream.write(text.encode("utf-8", "replace"))

    def _write_csv(self, row: dict) -> None:
        buffer = io.StringIO()
        csv.DictWriter(buffer, self.columns, lineterminator="\n").writerow(row)
        self.stream.write(buffer.getvalue().encode("utf-8", "replace"))


def _cell(value: object) -> str:
    """A passed-through value as a CSV cell: text as it is, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------
# The command


def run_batch(
    *,
    catalog: Catalog,
    bank_name: str,
    input_path: str | None = "-",
    output_path: str | None = None,
    jobs: int = 1,
) -> int:
    """Grade every line of the input and write one result per line; the exit status.

    0 when every line was graded, 1 when any line failed, 2 when the input cannot be read.
    An output file is written beside its path and takes its place only once every line is
    written, so an input or a bank that cannot be used, or a run stopped half way, leaves an
    existing output file as it was.

    Raises:
        InputError: the input is not text, holds no answers, or has an unusable CSV header.
        BankError: a line needs the bank and the bank cannot be loaded.
        PathError: the output cannot be written (a folder, the input itself).
    """
    from_stdin = not input_path or input_path == "-"
    to_stdout = not output_path or output_path == "-"
    source = None if from_stdin else Path(str(input_path))
    target = None if to_stdout else checked_output(str(output_path), "-o", source=source)
    try:
        stream_in: IO[bytes] = sys.stdin.buffer if source is None else source.open("rb")
    except OSError as err:
        print(f"interviewer: cannot read {input_path}: {err.strerror or err}", file=sys.stderr)
        return 2
    in_csv = source is not None and source.name.lower().endswith((".csv", ".tsv"))
    delimiter = "\t" if source is not None and source.name.lower().endswith(".tsv") else None
    out_csv = target is not None and target.name.lower().endswith(".csv")
    name = "standard input" if source is None else str(input_path)
    header: list[str] = []

    def warn(problem: Problem) -> None:
        print(neutralise(f"interviewer: {replace(problem, path=name)}"), file=sys.stderr)

    try:
        try:
            text = text_stream(stream_in)
            records = csv_records(text, header, warn, delimiter) if in_csv else jsonl_records(text)
            entries = items(records)
            first_chunk = next(_chunks(entries, CHUNK_LINES), None)
        except InputError as err:
            raise err.naming(name) from None
        if first_chunk is None:
            raise InputError(f"no answers to grade in {name}")
        chunks = itertools.chain([first_chunk], _chunks(entries, CHUNK_LINES))
        passed = (
            [n for n in header if n not in CSV_FIELDS] if in_csv else _first_passed(first_chunk)
        )
        # a file is written beside the output and takes its place only once every line is
        # written: a run that stops (a bank that cannot be loaded, Ctrl+C) leaves an existing
        # output file as it was
        pending = None if target is None else _pending_file(target)
        stream_out: IO[bytes] = sys.stdout.buffer if pending is None else pending.open("ab")
        tally = _Tally()
        writer = _Writer(stream_out, out_csv, passed)
        done = False
        try:
            _grade_all(chunks, _BankLoader(catalog, bank_name), writer, jobs, tally)
            done = True
        finally:
            if pending is not None and target is not None:
                stream_out.close()
                if done:
                    replaced = target.exists()
                    os.replace(pending, target)
                    if replaced:  # batch tools overwrite -o; the user is told, not asked
                        print(
                            neutralise(f"interviewer: replaced existing {target}"), file=sys.stderr
                        )
                else:
                    pending.unlink(missing_ok=True)
        for key, line in writer.left_out.items():
            print(
                neutralise(
                    f"interviewer: line {line}: field '{key}' is not in the CSV output (its "
                    "passed-through columns are the first line's); write JSON Lines to keep it"
                ),
                file=sys.stderr,
            )
        print(tally.summary("standard output" if target is None else str(target)), file=sys.stderr)
        return 1 if tally.errors else 0
    finally:
        if source is not None:
            stream_in.close()


def _pending_file(target: Path) -> Path:
    """A new empty file beside `target`, to be renamed over it when the run is done.

    Raises:
        InterviewerError: the folder cannot be written.
    """
    import tempfile

    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    except OSError as err:
        raise InterviewerError(
            f"{target}: cannot write ({err.strerror or err}); choose another path with -o"
        ) from None
    os.close(handle)
    # mkstemp makes the file private (0600); the output gets the mode a new file would get
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(name, 0o666 & ~mask)
    return Path(name)


def _first_passed(chunk: list[Entry]) -> list[str]:
    """The passed-through field names of a chunk's first line that has any."""
    for _, entry in chunk:
        if entry.passed:
            return [name for name, _ in entry.passed]
    return []


class _BankLoader:
    """Finds the bank the first time a line needs it (reference-only batches need none)."""

    def __init__(self, catalog: Catalog, name: str) -> None:
        self.catalog = catalog
        self.name = name
        self.bank: Bank | None = None

    def for_chunk(self, chunk: list[Entry]) -> Bank | None:
        if self.bank is None and any(isinstance(e, Item) and e.question is None for _, e in chunk):
            self.bank = self.catalog.find(self.name)
        return self.bank


@dataclass
class _Tally:
    """What a batch did, for the summary line printed when it ends."""

    errors: int = 0
    graded: int = 0
    total: float = 0.0
    """The sum of the scores: a cohort's million answers need no list of them."""
    bands: Counter[str] = field(default_factory=Counter)

    def add(self, row: dict) -> None:
        if "error" in row:
            self.errors += 1
        else:
            self.graded += 1
            self.total += float(row["score"])
            self.bands[row["band"]] += 1

    def summary(self, destination: str) -> str:
        """`40 lines: 38 graded, 2 errors; mean 61.2 (strong 9, adequate 12, weak 13,
        missing 4) -> out.jsonl`."""
        graded = self.graded
        lines = graded + self.errors
        text = (
            f"{lines} line{'s' if lines != 1 else ''}: {graded} graded, "
            f"{self.errors} error{'s' if self.errors != 1 else ''}"
        )
        mean = scores_mean(self.total, graded)
        if mean is not None:
            counts = ", ".join(f"{band} {self.bands[band]}" for band in BANDS)
            text += f"; mean {mean:.1f} ({counts})"
        return f"{text} -> {destination}"


def _grade_all(
    chunks: Iterator[list[Entry]],
    banks: _BankLoader,
    writer: _Writer,
    jobs: int,
    tally: _Tally,
) -> None:
    done = 0
    progress = sys.stderr.isatty()
    for rows in _graded(chunks, banks, jobs):
        for row in rows:
            tally.add(row)
            if "error" in row:
                print(neutralise(f"line {row['line']}: {row['error']}"), file=sys.stderr)
            writer.write(row)
        writer.stream.flush()
        previous, done = done, done + len(rows)
        if progress and done // PROGRESS_EVERY > previous // PROGRESS_EVERY:
            print(f"\rgraded {done:,} lines", end="", file=sys.stderr, flush=True)
    if progress and done >= PROGRESS_EVERY:
        print(f"\rgraded {done:,} lines", file=sys.stderr)


def _graded(chunks: Iterator[list[Entry]], banks: _BankLoader, jobs: int) -> Iterator[list[dict]]:
    """The rows of each chunk, in input order, graded here or in `jobs` worker processes."""
    if jobs <= 1:
        for chunk in chunks:
            yield grade_chunk(chunk, banks.for_chunk(chunk))
        return
    try:
        yield from _graded_in_workers(chunks, banks, jobs)
    except BrokenProcessPool:
        raise InterviewerError(
            "a grading worker process died (out of memory?); the output stops at the last "
            "complete chunk: run again with fewer --jobs"
        ) from None


def _graded_in_workers(
    chunks: Iterator[list[Entry]], banks: _BankLoader, jobs: int
) -> Iterator[list[dict]]:
    pending: deque[Future[list[dict]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for chunk in chunks:
            bank = banks.for_chunk(chunk)
            spec = None
            if bank is not None:
                spec = _spec(bank)
                if spec not in _worker_banks:
                    # Workers forked from here on inherit the fitted grader, not refit it.
                    _worker_banks[spec] = bank
                    grader_for(bank).fit()
            pending.append(pool.submit(_grade_in_worker, chunk, spec))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _spec(bank: Bank) -> BankSpec:
    if bank.source is None:
        raise InterviewerError("--jobs needs a bank loaded from a file")
    rubric = str(bank.rubric_source) if bank.rubric_source is not None else None
    return (str(bank.source), rubric)


def _chunks(entries: Iterable[Entry], size: int) -> Iterator[list]:
    chunk: list[Entry] = []
    for entry in entries:
        chunk.append(entry)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
