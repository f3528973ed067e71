"""`interviewer grade`: the command that streams the input through the graders into the output
and prints a summary of what it did."""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from ...paths import checked_output
from ..batch_bytes import HEAD_BYTES, text_stream
from ..batch_input import CSV_FIELDS, Entry, csv_records, items, jsonl_records, table_delimiter
from ..catalog import Catalog
from ..errors import InputError, InterviewerError, PathError, Problem
from ..grading import BANDS
from ..safe_text import neutralise
from ..store.records import scores_mean
from .by_text import TextMatches
from .chunk import CHUNK_LINES, chunked
from .class_summary import ClassSummary, summary_text, took
from .cut_answers import CutAnswers
from .output import RowWriter, pending_file
from .stopped import keep_partial as _keep_partial
from .stopped import partial_path
from .stopped import why_stopped as _why
from .workers import BankLoader, graded

PROGRESS_EVERY = 1000
"""Progress is shown (on a terminal) every this many lines."""


def run_batch(
    *,
    catalog: Catalog,
    bank_name: str | Sequence[str],
    input_path: str | None = "-",
    output_path: str | None = None,
    jobs: int = 1,
    command: str = "interviewer",
    summary_path: str | None = None,
    student_column: str | None = None,
) -> int:
    """Grade every line of the input and write one result per line; the exit status.
    `bank_name`: the bank for lines naming a bank question, or several: each such line is
    graded against the first that holds its question. `command`: how the user runs the
    program (`paths.command_prefix`), for the commands a line's error suggests.
    `summary_path`: where a finished run writes its `ClassSummary` (per question, per student
    by `student_column` or the one found, the lines not graded, the time taken).

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
    started = time.monotonic()
    target = None if to_stdout else checked_output(str(output_path), "-o", source=source)
    summary_file = _summary_file(summary_path, source, target)
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
            if not in_csv:
                found = table_delimiter(text.peek(HEAD_BYTES)[:HEAD_BYTES])
                if found is not None:  # a table under another name: read as the table it is
                    in_csv, delimiter = True, found
                    separated = {"\t": "tab", ",": "comma", ";": "semicolon"}.get(found, found)
                    print(
                        neutralise(
                            f"interviewer: {name}: read as a table ({separated}-separated), not"
                            " JSON Lines: its first line names the columns"
                        ),
                        file=sys.stderr,
                    )
            records = csv_records(text, header, warn, delimiter) if in_csv else jsonl_records(text)
            entries = items(records)
            first_chunk = next(chunked(entries, CHUNK_LINES), None)
        except InputError as err:
            raise err.naming(name) from None
        if first_chunk is None:
            raise InputError(f"no answers to grade in {name}")
        matches = TextMatches()
        chunks = map(matches.seen, itertools.chain([first_chunk], chunked(entries, CHUNK_LINES)))
        passed = (
            [n for n in header if n not in CSV_FIELDS] if in_csv else _first_passed(first_chunk)
        )
        # a file is written beside the output and takes its place only once every line is
        # written: a run that stops (a bank that cannot be loaded, Ctrl+C) leaves an existing
        # output file as it was
        pending = None if target is None else pending_file(target)
        stream_out: IO[bytes] = sys.stdout.buffer if pending is None else pending.open("ab")
        tally = Tally()
        summary = None if summary_file is None else ClassSummary(student_column)
        errors = ErrorLines(None if source is None else name)
        writer = RowWriter(stream_out, out_csv, passed)
        done = False
        try:
            read = _read_share(stream_in, source)
            banks = BankLoader(catalog, bank_name, command)
            _grade_all(chunks, banks, writer, jobs, tally, errors, read, matches, summary)
            done = True
        except (KeyboardInterrupt, InterviewerError) as err:
            # the lines graded so far are kept and named: a cohort's hour of grading is not
            # thrown away by a Ctrl+C or a worker that died
            if tally.graded + tally.errors:
                kept = _keep_partial(pending, target, stream_out)
                errors.end("standard output" if kept is None else str(kept), out_csv)
                _say_stopped(err, tally, kept, target)
                pending = None
                if summary is not None and summary_file is not None:  # what it has (play65)
                    seconds = time.monotonic() - started
                    why = _why(err)
                    lines = f"{tally.graded + tally.errors:,} lines"
                    stopped = (
                        f"{why[:1].upper()}{why[1:]} after {lines}: this summary covers those only"
                    )
                    used = [b.id for b in banks.banks]
                    _write_summary(
                        summary, partial_path(summary_file), name, seconds, used, stopped
                    )
            elif isinstance(err, KeyboardInterrupt):
                print("interviewer: stopped by Ctrl+C before any line was graded", file=sys.stderr)
            if isinstance(err, KeyboardInterrupt):
                return 130
            raise
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
        errors.end("standard output" if target is None else str(target), out_csv)
        for key, line in writer.left_out.items():
            print(
                neutralise(
                    f"interviewer: {errors.where(line)}: field '{key}' is not in the CSV output"
                    " (its passed-through columns are the first line's); write JSON Lines to"
                    " keep it"
                ),
                file=sys.stderr,
            )
        cut = tally.cut.said(None if source is None else name)
        if cut is not None:  # play58: a row's flag alone did not tell the teacher
            print(neutralise(f"interviewer: {cut}"), file=sys.stderr)
        chosen = [bank.id for bank in banks.banks] or banks.names
        by_text = matches.summary(chosen)
        if by_text is not None:
            print(neutralise(f"interviewer: {by_text}"), file=sys.stderr)
        elsewhere = matches.elsewhere(catalog.load_all()[0], chosen) if matches.unmatched else None
        if elsewhere is not None:
            print(neutralise(f"interviewer: {elsewhere}"), file=sys.stderr)
        seconds = time.monotonic() - started
        if summary is not None and summary_file is not None:
            # the banks a line was graded against (none when every line gave its reference)
            _write_summary(summary, summary_file, name, seconds, [b.id for b in banks.banks])
        destination = "standard output" if target is None else str(target)
        print(f"{tally.summary(destination)} in {took(seconds)}", file=sys.stderr)
        return 1 if tally.errors else 0
    finally:
        if source is not None:
            stream_in.close()


def _summary_file(value: str | None, source: Path | None, target: Path | None) -> Path | None:
    """The `--summary` path, checked before any line is graded (PathError: a folder, the input,
    the output)."""
    if value is None:
        return None
    path = checked_output(value, "--summary", source=source)
    if target is not None and path.resolve() == target.resolve():
        raise PathError(f"--summary: '{path}' is the output file (-o); give another name")
    return path


def _write_summary(
    summary: ClassSummary,
    path: Path,
    source: str,
    seconds: float,
    banks: list[str],
    stopped: str = "",
) -> None:
    """Write the class summary to `path`; `stopped`: the run stopped, and this says why (the
    lines graded until then: `summary.partial.md` beside `--summary`'s file, play65)."""
    facts: dict[str, object] = {"source": source, "seconds": seconds, "banks": banks}
    text = summary_text(summary, str(path), **facts, **({"stopped": stopped} if stopped else {}))
    pending = pending_file(path)
    pending.write_text(text, encoding="utf-8")
    os.replace(pending, path)
    what = "per student" if path.name.lower().endswith(".csv") else "per question and per student"
    column = summary.found_column
    whose = f"column '{column}'" if column else "no student column found: name it with --student"
    print(neutralise(f"interviewer: {what} ({whose}): {path}"), file=sys.stderr)


def _say_stopped(err: BaseException, tally: Tally, kept: Path | None, target: Path | None) -> None:
    """What a stopped run leaves, and how to finish it: `interviewer: stopped by Ctrl+C: the
    first 4,500 lines (in input order, up to line 4,501) are in graded.partial.csv; ...`."""
    why = _why(err)
    lines = tally.graded + tally.errors
    rows = f"{lines:,} line{'s' if lines != 1 else ''}"
    if kept is None:
        where = f"the output above holds the first {rows} only"
    else:
        where = f"the first {rows} (in input order, up to line {tally.last_line:,}) are in {kept}"
        if target is not None:
            where += f"; {target} was left as it was"
    print(neutralise(f"interviewer: {why}: {where}"), file=sys.stderr)
    print(tally.summary("standard output" if kept is None else str(kept)), file=sys.stderr)


def _first_passed(chunk: list[Entry]) -> list[str]:
    """The passed-through field names of a chunk's first line that has any."""
    for _, entry in chunk:
        if entry.passed:
            return [name for name, _ in entry.passed]
    return []


@dataclass
class Tally:
    """What a batch did, for the summary line printed when it ends."""

    errors: int = 0
    graded: int = 0
    total: float = 0.0
    """The sum of the scores: a cohort's million answers need no list of them."""
    bands: Counter[str] = field(default_factory=Counter)
    last_line: int = 0
    """The input line of the last row written."""
    cut: CutAnswers = field(default_factory=CutAnswers)
    """The lines whose answer was longer than the grader reads."""

    def add(self, row: dict[str, Any]) -> None:
        self.last_line = int(row["line"])
        if "error" in row:
            self.errors += 1
        else:
            self.graded += 1
            self.total += float(row["score"])
            self.bands[row["band"]] += 1
            self.cut.add(row)

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


ERRORS_SHOWN = 20
"""Lines that cannot be graded named one by one on stderr; the rest are counted (each has its
reason in the output's `error` field either way): a cohort's file with a wrong id in every row
names twenty, not twenty thousand."""


@dataclass
class ErrorLines:
    """Tells the lines that cannot be graded on stderr, as `class.csv:7: why` (`line 7: why`
    for standard input), the first `ERRORS_SHOWN` of them, then how many more."""

    source: str | None
    more: int = 0
    shown: int = 0

    def where(self, line: object) -> str:
        return f"line {line}" if self.source is None else f"{self.source}:{line}"

    def tell(self, row: dict[str, Any]) -> None:
        if self.shown >= ERRORS_SHOWN:
            self.more += 1
            return
        self.shown += 1
        print(neutralise(f"{self.where(row['line'])}: {row['error']}"), file=sys.stderr)

    def end(self, destination: str, is_csv: bool) -> None:
        if self.more:
            where = "column" if is_csv else "field"
            print(
                f"interviewer: {self.more:,} more line{'s' if self.more != 1 else ''} could not"
                f" be graded (not listed here): each has its reason in the 'error' {where} of"
                f" {neutralise(destination)}",
                file=sys.stderr,
            )


def _read_share(stream: IO[bytes], source: Path | None) -> Callable[[], str]:
    """For the progress line: how much of an input file has been read (` (about 40% read)`),
    from its byte position; nothing for standard input, whose length is unknown."""
    try:
        size = source.stat().st_size if source is not None else 0
    except OSError:
        size = 0

    def share() -> str:
        try:
            position = stream.tell()
        except (OSError, ValueError):
            return ""
        # chunks are read ahead of the grading, so the share is an estimate
        return f" (about {min(99, 100 * position // size)}% read)" if size else ""

    return share


def _grade_all(
    chunks: Iterator[list[Entry]],
    banks: BankLoader,
    writer: RowWriter,
    jobs: int,
    tally: Tally,
    errors: ErrorLines,
    read: Callable[[], str] = str,
    matches: TextMatches | None = None,
    summary: ClassSummary | None = None,
) -> None:
    done = 0
    progress = sys.stderr.isatty()
    progress_shown = False  # a progress line with no line end yet
    if progress:
        # the first lines come back once the grader is loaded (in every process): 2,000 rows
        # with --jobs 2 on a loaded machine showed nothing for 10 s (play48)
        processes = f" in {jobs} processes" if jobs > 1 else ""
        print(f"loading the grader{processes}...", end="", file=sys.stderr, flush=True)
        progress_shown = True
    shared = progress and _is_terminal(writer.stream)
    try:
        for rows in graded(chunks, banks, jobs):
            if shared and progress_shown:
                # rows written to the terminal the progress line is on start on a line of their
                # own: '-o -' showed 'loading the grader...{"line": 2, ...' (play50)
                print("\r\x1b[K", end="", file=sys.stderr, flush=True)
                progress_shown = False
            for row in rows:
                if "error" in row:
                    if progress_shown and errors.shown < ERRORS_SHOWN:
                        print(file=sys.stderr)
                        progress_shown = False
                    errors.tell(row)
                writer.write(row)
                if matches is not None:
                    matches.add(row)
                tally.add(row)  # after the write: a stopped run counts only the rows it wrote
                if summary is not None:
                    summary.add(row)
            writer.stream.flush()
            previous, done = done, done + len(rows)
            if progress and done // PROGRESS_EVERY > previous // PROGRESS_EVERY:
                print(f"\r{_graded(done)}{read()}\x1b[K", end="", file=sys.stderr, flush=True)
                progress_shown = True
    except BaseException:
        # a stopped run's message starts a line of its own: it ran on after the progress line
        # ("graded 1,000 lines (about 99% read)^Cinterviewer: stopped by Ctrl+C: ...", play48)
        if progress_shown:
            print(file=sys.stderr)
        raise
    if progress_shown:  # the last progress line, its share cleared
        print(f"\r{_graded(done)}\x1b[K", file=sys.stderr)


def _graded(done: int) -> str:
    return f"graded {done:,} line{'' if done == 1 else 's'}"


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):
        return False
