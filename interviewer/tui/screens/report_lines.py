"""How the report screen lays out its question list: one title row per question in fixed
columns, and the opened question's details with hanging indents (play25 D6)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.widgets import Static

from ...core.prompt_title import prompt_is_cut, prompt_title
from ...core.report import NOT_GRADED_YET, NOT_RATED_YET, QuestionReport, format_score
from ..plain import plain
from ..widgets.hanging_text import HangingText, hanging

__all__ = ["QuestionDetails", "SummaryRows", "hanging", "question_titles", "summary_text"]

TIMED_OUT = "timed out"
SELF_RATED = "self-rated"


def _score(q: QuestionReport) -> str:
    if q.self_rating is not None:
        return f"{q.self_rating}/5"
    return "-" if q.skipped else format_score(q.score)


def _band(q: QuestionReport) -> str:
    if q.self_rating is not None:
        return SELF_RATED
    if q.rating_pending:
        return NOT_RATED_YET
    return q.band or NOT_GRADED_YET


def question_titles(questions: Sequence[QuestionReport]) -> list[str]:
    """`" 9.  40 weak       What is …"`, one per question, in columns as wide as the widest
    entry of the list: the number, the score, the band, and a status column ("timed out")
    only when some question has one. "timed out" had pushed its prompt out of line, and a
    two-digit number shifted every column after it. A prompt over several lines (a code
    question's code and choices) is named by its first line and "…" (play62: the closed
    question showed every line of its code); opened, it shows them all."""
    number = max((len(f"{q.position}.") for q in questions), default=2)
    band = max((len(_band(q)) for q in questions), default=0)
    status = len(TIMED_OUT) if any(q.timed_out for q in questions) else 0
    titles = []
    for q in questions:
        row = f"{f'{q.position}.':>{number}} {_score(q):>3} {_band(q):<{band}} "
        if status:
            row += f"{TIMED_OUT if q.timed_out else '':<{status}} "
        cut = prompt_is_cut(q.prompt)
        titles.append(row + (f"{prompt_title(q.prompt)} …" if cut else q.prompt))
    return titles


class QuestionDetails(HangingText):
    """An opened question of the report: `question_details` text with hanging indents."""


SUMMARY_LABEL = 16
"""The cells of a summary row's label column; a value starts after it."""


def summary_text(rows: Sequence[tuple[str, str]], width: int) -> str:
    """The report's summary rows, `label  value`, a value too wide for `width` cells wrapped
    with its further lines under its first one, not under the label (play33: a resume or
    regrade command with a `--data-dir` went on at the left edge). `width` < 1: unwrapped."""
    import textwrap

    room = width - SUMMARY_LABEL
    lines = []
    for label, value in rows:
        parts = textwrap.wrap(value, room, break_on_hyphens=False) if room >= 20 else [value]
        parts = _without_a_widow(parts, room)
        lines.append(f"{label:<{SUMMARY_LABEL}}{parts[0] if parts else ''}")
        lines += [" " * SUMMARY_LABEL + part for part in parts[1:]]
    return "\n".join(lines)


def _without_a_widow(parts: list[str], room: int) -> list[str]:
    """Wrapped lines whose last is not one word alone when the line above can give it one:
    "... counts as" over a lone "0" reads as if the value ended there (ux35, 80 columns)."""
    if len(parts) < 2 or " " in parts[-1] or " " not in parts[-2]:
        return parts
    head, word = parts[-2].rsplit(" ", 1)
    if not head.strip() or len(word) + 1 + len(parts[-1]) > room:
        return parts
    return [*parts[:-2], head.rstrip(), f"{word} {parts[-1]}"]


class SummaryRows(Static):
    """The summary rows, wrapped again to the widget's width whenever it changes."""

    def __init__(self, rows: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(plain(summary_text(rows, 0)), **kwargs)
        self.rows = tuple(rows)

    def on_resize(self) -> None:
        self.update(plain(summary_text(self.rows, self.content_size.width)))
