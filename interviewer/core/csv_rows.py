"""Strict CSV rows that survive a stray quote: a row that cannot be read (a quote opened and
never closed where its row ends would swallow every later row into one cell) is reported at the
line it starts on, that line alone is read again without quoting, and reading goes on at the next
line, so one mistake loses no other row. Used by `bank import` and `interviewer grade`."""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

QUOTE_NOT_CLOSED = 'a quote (") opened on this line is not closed where its row ends'


@dataclass(frozen=True)
class CsvRow:
    """One row of a CSV file: the physical lines it spans and its cells."""

    first: int
    """The line it starts on (1-based)."""
    last: int
    """The line it ends on (a quoted cell may hold newlines)."""
    cells: list[str]
    problem: str | None = None
    """Why the row could not be read as CSV; then `cells` are its first line alone, split at
    the delimiter with quotes kept as text ([] when even that cannot be read)."""


def strict_rows(lines: Iterable[str], delimiter: str = ",", start: int = 1) -> Iterator[CsvRow]:
    """The rows of `lines` (each with or without its line ending), read strictly, streamed.

    Args:
        lines: the file's lines from the first one to read.
        delimiter: the cell separator.
        start: the number of the first line.
    """
    source = iter(lines)
    again: deque[str] = deque()
    """Lines read into a row that failed, to be read again (all but its first)."""
    number = start
    taken: list[str] = []
    """The lines read into the row being read."""

    def feed() -> Iterator[str]:
        while True:
            if again:
                line = again.popleft()
            else:
                found = next(source, None)
                if found is None:
                    return
                line = found
            taken.append(line)
            yield line if line.endswith(("\n", "\r")) else line + "\n"

    while True:
        taken.clear()
        reader = csv.reader(feed(), delimiter=delimiter, strict=True)
        try:
            for cells in reader:
                yield CsvRow(number, number + len(taken) - 1, cells)
                number += len(taken)
                taken.clear()
            return
        except csv.Error as err:
            problem = _problem(err, len(taken))
        if not taken:
            return
        broken = taken[0].rstrip("\r\n")
        again.extendleft(reversed(taken[1:]))
        try:
            cells = next(csv.reader([broken], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
        except csv.Error:
            cells = []
        yield CsvRow(number, number, cells, problem)
        number += 1


def _problem(err: csv.Error, lines_read: int) -> str:
    """What went wrong, from the reader's error and the lines it had read into the row: a
    row that ran past its first line is an unclosed quote (even when it ends at the size
    limit of a cell, which the swallowed rows reach)."""
    message = str(err)
    if lines_read > 1 or "end of data" in message or "EOF" in message:
        return QUOTE_NOT_CLOSED
    if "field limit" in message:
        return f"a cell is longer than the {csv.field_size_limit():,}-character limit"
    return f"not valid CSV: {message}"
