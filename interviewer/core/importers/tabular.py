"""CSV and TSV question lists (the shape Anki and Quizlet export): question, answer, and
optionally topic and level columns, with or without a header row."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..csv_rows import detect_delimiter, strict_rows
from ..errors import Problem
from .code_prompt import code_prompt
from .ids import own_id
from .levels import take_level_mark
from .model import ImportedList, ImportedQuestion, LineAccount, title_from_source
from .text import clean_inline, excerpt, is_placeholder, is_question_like

_COLUMNS = {
    "id": ("id", "question_id", "question id", "qid"),
    "question": ("question", "prompt", "front", "term", "q"),
    "answer": ("answer", "reference", "back", "definition", "a", "answers"),
    "topic": ("topic", "deck", "category", "section", "tags", "tag"),
    "level": ("level", "difficulty"),
}


_KNOWN_NAMES = frozenset(name for names in _COLUMNS.values() for name in names)

_ANKI_COLUMN_RE = re.compile(r"#(deck|tags) column:\s*(\d+)\s*$", re.I)
"""Anki's export header naming the column of the deck or the tags (1-based)."""


HEADER_WORDS = 3
"""A column name of a header that names its columns in words ("Interview question") holds at
most this many words."""


def _header_map(row: list[str]) -> dict[str, int] | None:
    names = [cell.strip().lower() for cell in row]
    found: dict[str, int] = {}
    for field, aliases in _COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases and field not in found:
                found[field] = index
    if "question" in found:
        return found
    return _worded_header(names)


def _worded_header(names: list[str]) -> dict[str, int] | None:
    """The columns of a header that names them in a few words ("Interview question", "Model
    answer", "Question category"): read as a question by the exact names above, it became the
    bank's first question. Every cell must be a short name (at most HEADER_WORDS words, no
    question mark, no sentence), and one must hold the word "question" and another "answer"."""
    found: dict[str, int] = {}
    for index, name in enumerate(names):
        words = re.findall(r"[a-z]+", name)
        if not name or "?" in name or len(name.split()) > HEADER_WORDS or len(words) > HEADER_WORDS:
            return None
        for field, aliases in _COLUMNS.items():
            long_aliases = [a for a in aliases if len(a) > 1]
            if field not in found and any(a in words for a in long_aliases):
                found[field] = index
                break
    return found if {"question", "answer"} <= found.keys() else None


def _header_index(row: list[str], names: tuple[str, ...]) -> int | None:
    return next((i for i, cell in enumerate(row) if cell.strip().lower() in names), None)


def _clean_cell(text: str) -> str:
    lines = [clean_inline(part) for part in text.replace("<br>", "\n").splitlines()]
    return "\n".join(line for line in lines if line).strip()


def parse_table(text: str, source: str = "<text>", delimiter: str | None = None) -> ImportedList:
    """Read CSV (or TSV when `delimiter` is a tab; None: the separator the file uses, see
    `detect_delimiter`); every physical line lands in the account. When most rows have a
    warning the table was misread, and the list is refused (`ImportedList.refusal`)."""
    lines = text.splitlines()
    account: list[LineAccount] = []
    body_start = 0
    anki: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if line.startswith("#") and ":" in line:  # Anki's '#separator:tab' header lines
            named = _ANKI_COLUMN_RE.match(line.strip())
            if named is not None and int(named.group(2)) > 0:
                anki[named.group(1).lower()] = int(named.group(2)) - 1
            account.append(LineAccount(number, "ignored", "export settings line"))
            body_start = number
        else:
            break
    if delimiter is None:
        delimiter = detect_delimiter(lines[body_start:], _KNOWN_NAMES, is_question_like)
    # Without a header: question, answer, then the topic (Anki's deck) or a level; Anki's
    # '#deck column:N' / '#tags column:N' lines say where the topic is.
    tags = "deck" not in anki and "tags" in anki
    topic_column = anki["tags"] if tags else anki.get("deck", 2)
    columns: dict[str, int] = {"question": 0, "answer": 1, "topic": topic_column}
    headerless = True
    questions: list[ImportedQuestion] = []
    warnings: list[Problem] = []
    id_warnings: list[Problem] = []
    seen: dict[str, int] = {}
    """Ids kept so far, and the line of each (own_id)."""
    """Ids not kept: told, but no sign that the table was misread (see _misread)."""
    first = True
    width: int | None = None if anki else 3
    """How many cells a row may hold: the header's; 3 without one (question, answer, topic)."""
    for start, end, row in _rows(lines, body_start, delimiter, source, warnings):
        if first:
            first = False
            header = _header_map(row)
            if header is not None:
                columns, headerless, width = header, False, len(row)
                tags = "topic" in header and header["topic"] == _header_index(row, ("tags", "tag"))
                account.extend(
                    LineAccount(n, "header", "column names") for n in range(start, end + 1)
                )
                unread = [
                    f"'{clean_inline(cell)}'"
                    for i, cell in enumerate(row)
                    if cell.strip() and i not in header.values()
                ]
                if unread:  # "Term,Meaning": the meanings were dropped without a word
                    warnings.append(Problem(source, start, _unread_columns(unread), True))
                continue
        cells = {field: row[i] if i < len(row) else "" for field, i in columns.items()}
        prompt, level = code_prompt(cells["question"]) or take_level_mark(
            _clean_cell(cells["question"])
        )
        if not any(cell.strip() for cell in row):
            blank = not "".join(lines[start - 1 : end]).strip(" \t\r\n" + delimiter)
            why = "blank" if blank else "a row that cannot be read (see the warning)"
            account.extend(LineAccount(n, "ignored", why) for n in range(start, end + 1))
            continue
        if not prompt:
            account.extend(
                LineAccount(n, "ignored", "row without a question") for n in range(start, end + 1)
            )
            continue
        if width is not None and any(cell.strip() for cell in row[width:]):
            warnings.append(Problem(source, start, _extra_cells(row, width, headerless), True))
        answer = _clean_cell(cells.get("answer", ""))
        if is_placeholder(answer):
            answer = ""
        if cells.get("level"):
            _, level = take_level_mark(f"({cells['level'].strip()})")
        topic = _clean_cell(cells.get("topic", ""))
        if headerless and not anki and topic:
            _, marked = take_level_mark(f"({topic})")
            if marked is not None:
                topic, level = "", level or marked
        if tags and topic:
            topic = topic.split()[0]  # the first tag
        topic = " ".join(topic.split())
        question = ImportedQuestion(prompt, start, topic.replace("::", " / "), level=level)
        question.qid = own_id(cells.get("id", ""), start, source, seen, id_warnings)
        if answer:
            question.answer_lines.append(answer)
        questions.append(question)
        account.append(LineAccount(start, "question", excerpt(question.prompt)))
        number = len(questions)
        for offset, column in enumerate(_line_columns(row)[1 : end - start + 1], start=1):
            if column == columns["question"]:
                entry = LineAccount(start + offset, "question", f"rest of question {number}")
            elif column == columns.get("answer") and answer:
                entry = LineAccount(start + offset, "answer", f"answer to question {number}")
            else:
                entry = LineAccount(start + offset, "ignored", f"rest of row {number}")
            account.append(entry)
    covered = {entry.line for entry in account}
    account.extend(
        LineAccount(n, "ignored", "blank") for n in range(1, len(lines) + 1) if n not in covered
    )
    account.sort(key=lambda entry: entry.line)
    title = title_from_source(source)
    found = ImportedList(title, questions, account, source, warnings)
    found.refusal = _misread(found, delimiter)
    found.warnings = sorted(warnings + id_warnings, key=lambda problem: problem.line or 0)
    return found


def _misread(found: ImportedList, delimiter: str) -> str:
    """Why the table must not become a bank: most of its rows have a warning (a quote left
    open, cells past the header's), so it was not read as the table it is meant to be; ''
    when it was."""
    rows = {entry.line for entry in found.account if entry.kind == "question"}
    rows |= {e.line for e in found.account if e.kind == "ignored" and "cannot be read" in e.note}
    warned = {problem.line for problem in found.warnings} & rows
    if not rows or len(warned) * 2 <= len(rows):
        return ""
    named = {",": "','", ";": "';'", "\t": "a tab", "|": "'|'"}.get(delimiter, repr(delimiter))
    return (
        f"not imported: {len(warned)} of {len(rows)} rows have a warning when cells are "
        f"separated by {named}; check the file's separator and quotes"
    )


def _rows(
    lines: list[str], body_start: int, delimiter: str, source: str, warnings: list[Problem]
) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each row, 1-based physical lines.

    A row that cannot be read (a quote opened and not closed where its row should end) is a
    warning at the line it starts on, and that line is read as a row of its own, without
    quoting; reading goes on at the next line, so no row is lost.
    """
    for row in strict_rows(lines[body_start:], delimiter, start=body_start + 1):
        if row.problem is None:
            yield row.first, row.last, row.cells
            continue
        then = "the line is read as a row of its own" if row.cells else "the line is left out"
        why = f"{row.problem}; {then}"
        warnings.append(Problem(source, row.first, why, warning=True))
        yield row.first, row.first, [cell.strip().strip('"') for cell in row.cells]


def _unread_columns(names: list[str]) -> str:
    """Why the cells under header columns the importer does not know are not imported."""
    which = ", ".join(names)
    return (
        f"column{'s' if len(names) > 1 else ''} {which} not imported: a column is read when"
        " its name is question, answer, topic, level or id (or prompt, reference,"
        " category, difficulty ...)"
    )


def _extra_cells(row: list[str], width: int, headerless: bool) -> str:
    """Why a row's cells past `width` are not read (`grade` words its error the same way)."""
    extra = row[width:]
    shown = ", ".join(repr(cell[:30]) for cell in extra[:3]) + (", ..." if len(extra) > 3 else "")
    which = f"cell {width + 1}" if len(extra) == 1 else f"cells {width + 1}-{len(row)}"
    named = (
        "a row without a header is read as question, answer, topic"
        if headerless
        else (f"the header names {width}")
    )
    verb = "is" if len(extra) == 1 else "are"
    return f"the row has {len(row)} cells; {named}: {which} ({shown}) {verb} left out"


def _line_columns(row: list[str]) -> list[int]:
    """For each physical line of a row, the column it starts in (cells may hold newlines)."""
    found = [0]
    for index, cell in enumerate(row):
        found.extend([index] * cell.count("\n"))
    return found
