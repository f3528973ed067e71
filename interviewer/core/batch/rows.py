"""The output row of one input line: its number, its passed-through fields, then its grade or
why it has none."""

from __future__ import annotations

from typing import Any

from ..batch_input import Item, Passed
from ..grading import Grade

CSV_OUTPUT_FIELDS = (
    "line",
    "question_id",
    "score",
    "band",
    "similarity",
    "coverage",
    "matched",
    "missed",
    "misconceptions",
    "flags",
    "feedback",
    "grader_version",
    "error",
    "question",
    "answer",
)
"""A CSV output row's columns after `line` and the passed-through ones: every key a JSON Lines
row has (a list is one cell, its items joined by "; "), so a teacher reading the CSV sees a
misconception flagged as the JSON says it (store42). `question`, the line's question text as
given (or the bank's prompt for its id, play50), comes after them (versus47), then `answer`,
the line's answer as given (play49: a teacher reads each answer beside its score without
matching output lines to input lines); the columns before them keep the places they had."""

OUTPUT_NAMES = frozenset((*CSV_OUTPUT_FIELDS, "file"))
"""Names an output row uses (`file`: a Dask partition's); a passed-through input field of the
same name is written as `input_<name>`, so it neither hides nor is hidden by a result."""


def output_name(name: str) -> str:
    """The output name of a passed-through input field."""
    return f"input_{name}" if name in OUTPUT_NAMES else name


def _start_row(number: int, passed: Passed) -> dict[str, Any]:
    row: dict[str, Any] = {"line": number}
    for name, value in passed:
        row.setdefault(output_name(name), value)
    return row


def result_row(item: Item, grade: Grade) -> dict[str, Any]:
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
    return _asking(row, item.question_text, item.answer)


def error_row(
    number: int,
    why: str,
    passed: Passed = (),
    question_id: str | None = None,
    question_text: str | None = None,
    answer: str | None = None,
) -> dict[str, Any]:
    """The output object of a line that cannot be graded: its passed-through fields, its
    question id when it has one, why, and its question text and answer when it has them."""
    row = _start_row(number, passed)
    if question_id is not None:
        row["question_id"] = question_id
    return _asking({**row, "error": why}, question_text, answer)


def _asking(row: dict[str, Any], question_text: str | None, answer: str | None) -> dict[str, Any]:
    """`row` ending with the line's question text (a reference-mode line has no question id:
    its question names it, play47), then its answer (play49); a line without one has no
    `question` key, a line whose answer cannot be read no `answer` key."""
    if question_text is not None:
        row["question"] = question_text
    if answer is not None:
        row["answer"] = answer
    return row
