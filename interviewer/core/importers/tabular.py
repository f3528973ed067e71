"""CSV and TSV question lists (the shape Anki and Quizlet export): question, answer, and
optionally topic and level columns, with or without a header row."""

from __future__ import annotations

import csv
import io

from .levels import take_level_mark
from .model import ImportedList, ImportedQuestion, LineAccount
from .text import clean_inline, is_placeholder

_COLUMNS = {
    "question": ("question", "prompt", "front", "term", "q"),
    "answer": ("answer", "reference", "back", "definition", "a", "answers"),
    "topic": ("topic", "deck", "category", "section", "tags", "tag"),
    "level": ("level", "difficulty"),
}


def _header_map(row: list[str]) -> dict[str, int] | None:
    names = [cell.strip().lower() for cell in row]
    found: dict[str, int] = {}
    for field, aliases in _COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases and field not in found:
                found[field] = index
    return found if "question" in found else None


def _clean_cell(text: str) -> str:
    lines = [clean_inline(part) for part in text.replace("<br>", "\n").splitlines()]
    return "\n".join(line for line in lines if line).strip()


def parse_table(text: str, source: str = "<text>", delimiter: str | None = None) -> ImportedList:
    """Read CSV (or TSV when `delimiter` is a tab); every physical line lands in the account."""
    lines = text.splitlines()
    account: list[LineAccount] = []
    body_start = 0
    for number, line in enumerate(lines, start=1):
        if line.startswith("#") and ":" in line:  # Anki's '#separator:tab' header lines
            account.append(LineAccount(number, "ignored", "export settings line"))
            body_start = number
        else:
            break
    if delimiter is None:
        sample = "\n".join(lines[body_start : body_start + 20])
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO("\n".join(lines[body_start:])), delimiter=delimiter)
    columns: dict[str, int] = {"question": 0, "answer": 1}
    questions: list[ImportedQuestion] = []
    previous_end = body_start
    first = True
    for row in reader:
        start, end = previous_end + 1, body_start + reader.line_num
        previous_end = end
        if first:
            first = False
            header = _header_map(row)
            if header is not None:
                columns = header
                account.extend(
                    LineAccount(n, "heading", "column names") for n in range(start, end + 1)
                )
                continue
        cells = {field: row[i] if i < len(row) else "" for field, i in columns.items()}
        prompt, level = take_level_mark(_clean_cell(cells["question"]))
        if not any(cell.strip() for cell in row):
            account.extend(LineAccount(n, "ignored", "blank") for n in range(start, end + 1))
            continue
        if not prompt:
            account.extend(
                LineAccount(n, "ignored", "row without a question") for n in range(start, end + 1)
            )
            continue
        answer = _clean_cell(cells.get("answer", ""))
        if is_placeholder(answer):
            answer = ""
        if cells.get("level"):
            _, level = take_level_mark(f"({cells['level'].strip()})")
        topic = _clean_cell(cells.get("topic", "")).split()[0] if cells.get("topic") else ""
        question = ImportedQuestion(prompt, start, topic.replace("::", " / "), level=level)
        if answer:
            question.answer_lines.append(answer)
        questions.append(question)
        account.append(LineAccount(start, "question", prompt[:60]))
        account.extend(
            LineAccount(n, "answer", f"rest of row {len(questions)}")
            for n in range(start + 1, end + 1)
        )
    covered = {entry.line for entry in account}
    account.extend(
        LineAccount(n, "ignored", "blank") for n in range(1, len(lines) + 1) if n not in covered
    )
    account.sort(key=lambda entry: entry.line)
    title = source.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "Imported bank"
    return ImportedList(title, questions, account, source)
