"""Reading `interviewer grade` input: JSON Lines or strict CSV, streamed, one record per line.

Nothing here grades: every record becomes an `Item` or a `LineError` carrying the reason, so
one bad line can never end the batch.
"""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

from .bank import Question
from .csv_rows import QUOTE_NOT_CLOSED, CsvRow, detect_delimiter, strict_rows
from .errors import InputError, Problem
from .grading import reference_question

MAX_LINE_BYTES = 4 * 1024 * 1024
"""A longer line is refused (and skipped) without being held in memory whole."""

CSV_FIELDS = ("question_id", "answer", "question", "reference", "references", "keywords")
"""The fields grade reads (CSV columns, JSON keys); any other is passed through to the output
unread (a student's name, an id), in its input order."""

Passed = tuple[tuple[str, object], ...]
"""A line's other fields, (name, value) in input order: copied to its output row."""


class LineError(ValueError):
    """A line that cannot be graded; its message goes into the output in the line's place."""

    def __init__(
        self,
        message: str,
        passed: Passed = (),
        question_id: str | None = None,
        question_text: str | None = None,
    ) -> None:
        super().__init__(message)
        self.passed = passed
        """The line's other fields, when it could be read: its output row still carries them."""
        self.question_id = question_id
        """The line's question id, when it has one as text: its output row still names it."""
        self.question_text = question_text
        """The line's `question`, when it has one as text: its output row still asks it."""

    def __reduce__(self) -> tuple[type[LineError], tuple[str, Passed, str | None, str | None]]:
        # kept through worker processes
        return (LineError, (str(self), self.passed, self.question_id, self.question_text))


@dataclass(frozen=True)
class Item:
    """One input line, parsed: a bank question id, or an ad-hoc reference question."""

    line: int
    answer: str
    question_id: str | None = None
    question: Question | None = None
    """Set for reference-mode lines."""
    passed: Passed = ()
    """The line's fields that grade does not read, in input order, for its output row."""
    question_text: str | None = None
    """The line's `question` as given (a reference-mode line's, or one beside a question id),
    copied to its output row: a teacher's rows name their question without a question id."""


Record = tuple[int, "dict[str, Any] | LineError"]
"""(line number, the line's fields or why it cannot be read)."""
Entry = tuple[int, "Item | LineError"]
"""(line number, the line's item or why it cannot be graded)."""


# ---------------------------------------------------------------------------------------------
# JSON Lines


def jsonl_records(stream: IO[bytes]) -> Iterator[Record]:
    """(line number, fields or the reason the line cannot be read), streamed in input order."""
    number = 0
    first = True
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = stream.readline(MAX_LINE_BYTES)
            yield number, LineError(f"the line is longer than {MAX_LINE_BYTES:,} bytes")
            continue
        if first and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        first = False
        yield from _json_line(number, line)


def jsonl_lines(lines: Iterable[str | bytes], start: int = 1) -> Iterator[Record]:
    """The records of lines already split (a Dask partition, a test), numbered from `start`."""
    for number, line in enumerate(lines, start=start):
        raw = line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if len(raw) > MAX_LINE_BYTES:
            yield number, LineError(f"the line is longer than {MAX_LINE_BYTES:,} bytes")
            continue
        yield from _json_line(number, raw)


def _json_line(number: int, line: bytes) -> Iterator[Record]:
    if not line.strip():
        return
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        yield number, LineError("the line is not valid UTF-8 text")
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        yield number, LineError(f"not valid JSON: {err.msg}")
        return
    except RecursionError:
        yield number, LineError("not valid JSON: too deeply nested")
        return
    except ValueError:  # an integer of more than 4,300 digits
        yield number, LineError("not valid JSON: a number is too long")
        return
    if not isinstance(value, dict):
        yield number, LineError("each line must be a JSON object")
        return
    yield number, value


# ---------------------------------------------------------------------------------------------
# CSV


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
    names = [h.strip() for h in header.cells]
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
        names = [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter))]
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
    bad = [name for name, cell in zip(names, cells, strict=False) if _has_bad_bytes(cell)]
    if bad or any(_has_bad_bytes(cell) for cell in cells):
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
        if name not in CSV_FIELDS and not _has_bad_bytes(cell)
    )
    question_id = known.get("question_id", "").strip()
    return LineError(
        why,
        passed,
        question_id if question_id and not _has_bad_bytes(question_id) else None,
        question_text_of(known),
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


def _has_bad_bytes(cell: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in cell)


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


def _text_list(value: object, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LineError(f"'{name}' must be text or a list of texts")
    return [v for v in value if v.strip()]


def question_text_of(fields: Mapping[str, object]) -> str | None:
    """A line's `question` as given, when it is text that is not blank (nor a CSV cell with
    bytes that are not UTF-8)."""
    text = fields.get("question")
    if not isinstance(text, str) or not text.strip() or _has_bad_bytes(text):
        return None
    return text


def passed_fields(fields: dict[str, Any]) -> Passed:
    """A record's fields that grade does not read, in input order."""
    return tuple((name, value) for name, value in fields.items() if name not in CSV_FIELDS)


def parse_item(number: int, fields: dict[str, Any]) -> Item:
    """Check one record's fields and turn them into an Item; raises LineError (carrying the
    record's passed-through fields)."""
    passed = passed_fields(fields)
    try:
        return _parse_item(number, fields, passed)
    except LineError as err:
        question_id = fields.get("question_id")
        named = question_id.strip() if isinstance(question_id, str) else None
        raise LineError(str(err), passed, named or None, question_text_of(fields)) from None


_EMPTY_REFERENCE = {
    "reference": "the reference answer is empty: there is nothing to grade this answer against",
    "references": "every reference answer is empty: there is nothing to grade this answer against",
}
"""A reference-mode line (a question, no question_id) whose reference is empty, null or blank;
a line with neither question nor reference says nothing names its question."""


def _parse_item(number: int, fields: dict[str, Any], passed: Passed) -> Item:
    answer = fields.get("answer")
    if "answer" not in fields:
        raise LineError("missing field 'answer'")
    if answer is None:
        answer = ""
    if not isinstance(answer, str):
        raise LineError("'answer' must be text")
    question_id = fields.get("question_id")
    if question_id is not None and not isinstance(question_id, str):
        raise LineError("'question_id' must be text")
    has_reference = fields.get("reference") is not None or fields.get("references") is not None
    if has_reference:
        if fields.get("reference") is not None and fields.get("references") is not None:
            raise LineError("give 'reference' or 'references', not both")
        name = "reference" if fields.get("reference") is not None else "references"
        references = _text_list(fields[name], name)
        if not references:
            raise LineError(_EMPTY_REFERENCE[name])
        prompt = fields.get("question")
        if prompt is None:
            raise LineError("missing field 'question' (reference mode needs the question)")
        if not isinstance(prompt, str):
            raise LineError("'question' must be text")
        keywords = fields.get("keywords")
        keyword_list = _text_list(keywords, "keywords") if keywords is not None else []
        question = reference_question(
            prompt, references, keyword_list, question_id=question_id or ""
        )
        return Item(number, answer, question_id, question, passed, question_text_of(fields))
    asked = fields.get("question") not in (None, "")
    if question_id is None and asked and ("reference" in fields or "references" in fields):
        raise LineError(_EMPTY_REFERENCE["references" if "references" in fields else "reference"])
    if question_id is None:
        raise LineError(
            "missing field 'question_id' (or 'question' with 'reference'): nothing says which"
            " question this answer is for"
        )
    return Item(
        number, answer, question_id.strip(), passed=passed, question_text=question_text_of(fields)
    )


def items(
    records: Iterable[Record],
) -> Iterator[Entry]:
    """Each record checked: an Item, or the LineError saying why it cannot be graded."""
    for number, record in records:
        if isinstance(record, LineError):
            yield number, record
            continue
        try:
            yield number, parse_item(number, record)
        except LineError as err:
            yield number, err
