"""Strict CSV rows that survive a stray quote: a row that cannot be read (a quote opened and
never closed where its row ends would swallow every later row into one cell) is reported at the
line it starts on, that line alone is read again without quoting, and reading goes on at the next
line, so one mistake loses no other row; and the cell separator a file uses. Used by `bank
import` and `interviewer grade`."""

from __future__ import annotations

import csv
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

DELIMITERS = (",", ";", "\t", "|")
"""The cell separators a CSV file may use: a spreadsheet saved in a language that writes
decimal commas (most of Europe) separates cells with `;`."""

SAMPLE_LINES = 20
"""How many lines a file without a header is judged on."""


def detect_delimiter(
    lines: Sequence[str], names: Collection[str], asks: Callable[[str], bool] | None = None
) -> str:
    """The cell separator of a CSV file, one of `DELIMITERS`.

    The one that splits the header (the first line) into the most column names the reader
    knows. When none names any (a file without a header), the one that reads the first lines
    best: the most rows whose first cell `asks` (a question, for a question list), then the
    most rows read without a problem into the same number of cells (at least two), then the
    most cells; `,` on a tie or when nothing splits. (`csv.Sniffer` prefers `,` whenever a
    row holds as many commas on each line as separators: `What is x?;It is a, b.;sql`.)

    Args:
        lines: the file's first lines, the header (if any) first.
        names: the column names the reader knows, in lower case.
        asks: whether a row's first cell is what a first cell should be.
    """
    best, known = None, 0
    header = lines[0] if lines else ""
    for candidate in DELIMITERS:
        try:
            cells = next(csv.reader([header], delimiter=candidate), [])
        except csv.Error:
            continue
        found = sum(1 for cell in cells if cell.strip().lower() in names)
        if found > known:
            best, known = candidate, found
    if best is not None:
        return best
    sample = [line for line in lines[:SAMPLE_LINES] if line.strip()]
    chosen, top = ",", (0, 0, 0)
    for candidate in DELIMITERS:
        rows = list(strict_rows(sample, candidate))
        read = [row.cells for row in rows if row.problem is None and len(row.cells) >= 2]
        if not read:
            continue
        width, same = Counter(len(cells) for cells in read).most_common(1)[0]
        questions = sum(1 for cells in read if asks is not None and asks(cells[0].strip()))
        score = (questions, same - (len(rows) - len(read)), width)
        if score > top:
            chosen, top = candidate, score
    return chosen


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
