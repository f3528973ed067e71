"""CSV and TSV input: a strict table with a header, streamed; a bad row is a LineError that keeps
what could be read of it (its student, its question)."""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

from ..csv_rows import QUOTE_NOT_CLOSED, CsvRow, detect_delimiter, strict_rows
from ..errors import InputError, Problem
from .records import CSV_FIELDS, LineError, Record, answer_of, has_bad_bytes, question_text_of


def csv_records(
    stream: IO[bytes],
    header_out: list[str] | None = None,
    warn: Callable[[Problem], None] | None = None,
    delimiter: str | None = None,
) -> Iterator[Record]:
    """(line number, fields or reason) for a CSV file with a header line, strictly read.

    A row is numbered by the file line it starts on (the header is line 1), as JSON Lines are,
    in the output and in every message. A row that cannot be read (a quote left open) is an
    error at the line it starts on, and reading goes on at the next line (`strict_rows`, as
    `bank import` reads). Columns other than `CSV_FIELDS` are passed through (cells kept as
    they are), also on the error of a row with too many cells or a quote left open, as far as
    its cells can be told.

    Args:
        stream: the file, as bytes.
        header_out: filled with the header's column names once it is read.
        warn: told of a passed-through column whose name is close to one grade reads
            (`keyword` for `keywords`): a typo is not silently ignored.
        delimiter: the cell separator; None: the one of `,` `;` tab `|` that makes the most
            header cells name a column grade reads (a spreadsheet saved in a language that
            writes decimal commas separates cells with `;`).

    Raises:
        InputError: the header cannot be read, names no column grade reads, names one twice,
            or has no `answer` column: no row could be graded.
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    first = text.readline()
    delimiter = delimiter or header_delimiter(first)
    rows = strict_rows(itertools.chain([first] if first else [], text), delimiter)
    header = next(rows, None)
    if header is None:
        return
    if header.problem is not None:
        raise InputError(Problem("input", 1, f"cannot read the CSV header: {header.problem}"))
    names = [column_name(h) for h in header.cells]
    problem = _header_problem(names)
    if problem is not None:
        raise InputError(Problem("input", 1, problem))
    if header_out is not None:
        header_out[:] = names
    if warn is not None:
        for name in names:
            close = difflib.get_close_matches(name, CSV_FIELDS, n=1, cutoff=0.8)
            if name not in CSV_FIELDS and close:
                why = (
                    f"column '{name}' is not read, only passed through; did you mean '{close[0]}'?"
                )
                warn(Problem("input", 1, why, warning=True))
    for row in rows:
        fields = _csv_fields(row, names)
        if fields is not None:
            yield row.first, fields


def column_name(cell: str) -> str:
    """A header cell as the column grade reads, when it names one in a spreadsheet's own
    spelling: case, spaces and hyphens aside (`Question`, `Answer`, `Question ID`; play55: a
    teacher's `Student,Question,Answer` sheet was refused as naming no column grade reads).
    Any other name is kept as written (stripped), to be passed through."""
    name = cell.strip()
    folded = re.sub(r"[\s\-]+", "_", name.casefold())
    return folded if folded in CSV_FIELDS else name


def header_delimiter(line: str) -> str:
    """The separator of a CSV header line (`detect_delimiter`): the one of `,` `;` tab `|`
    that splits the line into the most column names grade reads."""
    return detect_delimiter([line], CSV_FIELDS)


def table_delimiter(head: bytes) -> str | None:
    """The cell separator when a file read as JSON Lines (any name but .csv and .tsv, or
    standard input) starts with a table's header naming an `answer` column, not a JSON object:
    a spreadsheet's "Unicode text" is saved as `.txt`, tab-separated. None for JSON Lines."""
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if not text or text.startswith(("{", "[")):
        return None
    line = text.splitlines()[0]
    delimiter = header_delimiter(line)
    try:
        names = [column_name(cell) for cell in next(csv.reader([line], delimiter=delimiter))]
    except (csv.Error, StopIteration):
        return None
    return delimiter if "answer" in names else None


def _csv_fields(row: CsvRow, names: list[str]) -> dict[str, Any] | LineError | None:
    """A row's fields, or why it cannot be graded; None for a blank row."""
    cells = row.cells
    if row.problem is not None:
        # the cells before the one the stray quote opens in are as written; the rest may not be
        sure = next((i for i, cell in enumerate(cells) if '"' in cell), len(cells))
        return _row_error(_unread_row(row), names, cells[:sure])
    if not any(cell.strip() for cell in cells):
        return None
    bad = [name for name, cell in zip(names, cells, strict=False) if has_bad_bytes(cell)]
    if bad or any(has_bad_bytes(cell) for cell in cells):
        where = f" (column{'s' * (len(bad) > 1)} {', '.join(bad)})" if bad else ""
        # the student's name still comes out, and what to do: a spreadsheet saved as "CSV"
        # on Windows writes its accents in the local code page
        why = (
            f"the row is not valid UTF-8 text{where}: save the file as CSV UTF-8 and grade it again"
        )
        return _row_error(why, names, cells)
    if len(cells) > len(names):
        extra = cells[len(names) :]
        shown = ", ".join(repr(cell[:30]) for cell in extra[:3]) + (
            ", ..." if len(extra) > 3 else ""
        )
        first = len(names) + 1
        which = f"cell {first}" if len(extra) == 1 else f"cells {first}-{len(cells)}"
        why = (
            f"the row has {len(cells)} cells; the header names {len(names)}: {which} ({shown}) "
            "under no column (quote a cell that holds a comma)"
        )
        return _row_error(why, names, cells[: len(names)])
    fields: dict[str, Any] = {}
    for name, cell in zip(names, cells, strict=False):
        if name in ("references", "keywords"):
            fields[name] = _csv_list(cell, name)
        elif cell != "" or name == "answer" or name not in CSV_FIELDS:
            # an empty answer is still an answer; a passed-through cell is kept as it is
            fields[name] = cell
        elif name == "reference":
            fields[name] = None  # an empty reference cell: said so if the row needs it
    for name in names[len(cells) :]:  # a short row: its passed-through cells are empty
        if name not in CSV_FIELDS:
            fields[name] = ""
    return fields


def _unread_row(row: CsvRow) -> str:
    if row.problem == QUOTE_NOT_CLOSED:
        return (
            f'a quote (") opened on line {row.first} is not closed where its row ends: '
            f"the row is not graded, and reading goes on at line {row.first + 1}"
        )
    return f"{row.problem}; the row is not graded"


def _row_error(why: str, names: list[str], cells: list[str]) -> LineError:
    """The error of a row that cannot be graded, carrying the passed-through cells and the
    question id among `cells` (those that can be told), so it can be matched to its student."""
    known = dict(zip(names, cells, strict=False))
    passed = tuple(
        (name, cell)
        for name, cell in known.items()
        if name not in CSV_FIELDS and not has_bad_bytes(cell)
    )
    question_id = known.get("question_id", "").strip()
    return LineError(
        why,
        passed,
        question_id if question_id and not has_bad_bytes(question_id) else None,
        question_text_of(known),
        answer_of(known),
    )


def _header_problem(names: list[str]) -> str | None:
    """Why the first line is not a usable header, or None."""
    columns = ", ".join(CSV_FIELDS)
    unknown = [n for n in names if n not in CSV_FIELDS]
    shown = ", ".join(repr(n[:40]) for n in unknown[:3])
    if len(unknown) == len(names):
        return f"the first line must be a header naming the columns ({columns}); found: {shown}"
    if "answer" not in names:
        return f"the header has no 'answer' column; columns found: {', '.join(names)}"
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        return f"the header names column '{repeated[0]}' twice"
    return None


def _csv_list(cell: str, name: str) -> object:
    """A list cell: a JSON list, or items separated by '|' (references) or ';' (keywords)."""
    cell = cell.strip()
    if not cell:
        return None
    if cell.startswith("["):
        try:
            return json.loads(cell)
        except ValueError:
            return cell
    separator = "|" if name == "references" else ";"
    return [part.strip() for part in cell.split(separator) if part.strip()]


# ---------------------------------------------------------------------------------------------
# Records to items
