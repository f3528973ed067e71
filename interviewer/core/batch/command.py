"""`interviewer grade`: the command that streams the input through the graders into the output
and prints a summary of what it did."""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from ...paths import checked_output
from ..batch_bytes import HEAD_BYTES, text_stream
from ..batch_input import CSV_FIELDS, Entry, csv_records, items, jsonl_records, table_delimiter
from ..catalog import Catalog
from ..errors import InputError, InterviewerError, PathError, Problem
from ..safe_text import neutralise
from .by_text import TextMatches
from .chunk import CHUNK_LINES, chunked
from .class_summary import ClassSummary, summary_text, took
from .error_lines import ErrorLines
from .output import RowWriter, pending_file, written_in_place
from .progress import grade_all, read_share
from .stopped import keep_partial, partial_path, say_stopped, why_stopped
from .tally import Tally
from .workers import BankLoader


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
        # ...unless it is a device or a pipe (/dev/null), written into as it is
        in_place = target is not None and written_in_place(target)
        pending = None if target is None or in_place else pending_file(target)
        stream_out: IO[bytes] = (
            pending.open("ab")
            if pending is not None
            else open(target, "wb")  # noqa: SIM115 - closed in the finally below
            if in_place and target is not None
            else sys.stdout.buffer
        )
        tally = Tally()
        summary = None if summary_file is None else ClassSummary(student_column)
        errors = ErrorLines(None if source is None else name)
        writer = RowWriter(stream_out, out_csv, passed)
        done = False
        try:
            read = read_share(stream_in, source)
            banks = BankLoader(catalog, bank_name, command)
            grade_all(chunks, banks, writer, jobs, tally, errors, read, matches, summary)
            done = True
        except (KeyboardInterrupt, InterviewerError) as err:
            # the lines graded so far are kept and named: a cohort's hour of grading is not
            # thrown away by a Ctrl+C or a worker that died
            if tally.graded + tally.errors:
                kept = keep_partial(pending, target, stream_out)
                errors.end("standard output" if kept is None else str(kept), out_csv)
                say_stopped(err, tally, kept, target)
                pending = None
                if summary is not None and summary_file is not None:  # what it has (play65)
                    seconds = time.monotonic() - started
                    why = why_stopped(err)
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
            if in_place:
                stream_out.close()
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
    if written_in_place(path):  # a device or a pipe is written into, not replaced
        path.write_text(text, encoding="utf-8")
    else:
        pending = pending_file(path)
        pending.write_text(text, encoding="utf-8")
        os.replace(pending, path)
    what = "per student" if path.name.lower().endswith(".csv") else "per question and per student"
    column = summary.found_column
    whose = f"column '{column}'" if column else "no student column found: name it with --student"
    print(neutralise(f"interviewer: {what} ({whose}): {path}"), file=sys.stderr)


def _first_passed(chunk: list[Entry]) -> list[str]:
    """The passed-through field names of a chunk's first line that has any."""
    for _, entry in chunk:
        if entry.passed:
            return [name for name, _ in entry.passed]
    return []
