"""The records `interviewer grade` reads: what a line becomes (`Item`), why it cannot be graded
(`LineError`), and the fields grade reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..bank import Question

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
        answer: str | None = None,
    ) -> None:
        super().__init__(message)
        self.passed = passed
        """The line's other fields, when it could be read: its output row still carries them."""
        self.question_id = question_id
        """The line's question id, when it has one as text: its output row still names it."""
        self.question_text = question_text
        """The line's `question`, when it has one as text: its output row still asks it."""
        self.answer = answer
        """The line's answer, when it has one as text: its output row still shows it."""

    def __reduce__(
        self,
    ) -> tuple[type[LineError], tuple[str, Passed, str | None, str | None, str | None]]:
        # kept through worker processes
        return (
            LineError,
            (str(self), self.passed, self.question_id, self.question_text, self.answer),
        )


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


def has_bad_bytes(cell: str) -> bool:
    """Whether a CSV cell holds bytes that were not UTF-8 (read as lone surrogates)."""
    return any("\udc80" <= ch <= "\udcff" for ch in cell)


def question_text_of(fields: Mapping[str, object]) -> str | None:
    """A line's `question` as given, when it is text that is not blank (nor a CSV cell with
    bytes that are not UTF-8)."""
    text = fields.get("question")
    if not isinstance(text, str) or not text.strip() or has_bad_bytes(text):
        return None
    return text


def answer_of(fields: Mapping[str, object]) -> str | None:
    """A line's `answer` as given, blank or not, when it is text (and not a CSV cell with bytes
    that are not UTF-8): the output row of a line that cannot be graded still shows it."""
    text = fields.get("answer")
    if not isinstance(text, str) or has_bad_bytes(text):
        return None
    return text
