"""Rating your own answer when the question has no reference answer: the answer beside the
rubric checklist (if any) and a written 0-5 scale; a key from 0 to 5 records the rating."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from ...core.interview import Submission
from ...core.self_rating import SCALE
from ..widgets.app_footer import AppFooter


class SelfRatingScreen(Screen[int]):
    """Dismissed with the rating the candidate chose (0-5)."""

    BINDINGS = [
        Binding(
            str(value),
            f"rate({value})",
            {0: "lowest", 5: "highest"}.get(value, f"rate {value}"),
            show=value in (0, 5),
            id=f"rate.{value}",
        )
        for value, _ in SCALE
    ]

    def __init__(self, submission: Submission, number: int) -> None:
        super().__init__()
        self.submission = submission
        self.number = number

    def compose(self) -> ComposeResult:
        question = self.submission.question
        answer = self.submission.answer.answer.strip() or "(no answer)"
        yield Label(f"Rate your answer to question {self.number}", id="rating-title")
        with VerticalScroll(id="rating-body"):
            yield Static(question.prompt, id="rating-prompt", markup=False)
            yield Static(
                "This question has no reference answer, so it is not graded: "
                "rate it yourself. Self-ratings are kept apart from scores.",
                id="rating-why",
                classes="rating-row",
                markup=False,
            )
            yield Static(
                "Your answer\n" + answer, id="rating-answer", classes="rating-row", markup=False
            )
            if question.concepts:
                checklist = "\n".join(f"  ☐ {c.name}" for c in question.concepts)
                yield Static(
                    "Checklist\n" + checklist,
                    id="rating-checklist",
                    classes="rating-row",
                    markup=False,
                )
            scale = "\n".join(f"  {value}  {text}" for value, text in SCALE)
            yield Static(
                "Press 0-5\n" + scale, id="rating-scale", classes="rating-row", markup=False
            )
        yield AppFooter()

    def on_mount(self) -> None:
        self.query_one("#rating-body").focus()

    def action_rate(self, value: int) -> None:
        self.dismiss(value)
