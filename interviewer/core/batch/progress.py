"""The grading loop of a batch run: each chunk's rows written, counted and told as they come
back, with a progress line on a terminal (`graded 2,000 lines (about 40% read)`)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ..batch_input import Entry
from .by_text import TextMatches
from .class_summary import ClassSummary
from .error_lines import ErrorLines
from .output import RowWriter
from .tally import Tally
from .workers import BankLoader, graded

PROGRESS_EVERY = 1000
"""Progress is shown (on a terminal) every this many lines."""


def read_share(stream: IO[bytes], source: Path | None) -> Callable[[], str]:
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


def grade_all(
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
    """Grade every chunk (in `jobs` processes) and write its rows in input order; each row is
    told to `errors`, `matches`, `tally` and `summary`, and a terminal sees the progress."""
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
                    if progress_shown and not errors.all_shown():
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
