"""Rating your own answer when the question has no reference answer: the answer beside the
rubric checklist (if any) and a written 0-5 scale; a key from 0 to 5 marks a rating, which can
be changed until Enter keeps it (play27 minor 12: a key pressed by mistake used to rate the
answer and open the next question at once)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Label, Static

from ...core.interview import Submission
from ...core.self_rating import SCALE
from ..type_ahead import TypeAhead, held_note
from ..widgets.app_footer import AppFooter

CHOOSE = "Press 0-5 to rate your answer; you can change it until Enter keeps it."
"""The line under the scale before a rating is marked."""


KEEP_FIRST = (
    "Your answer is saved. Press 0-5, then Enter, to rate it; ctrl+q leaves, and resuming the "
    "session asks for the rating."
)
"""Said on the line under the scale when Escape is pressed: there is no going back to the
answer, and the key did nothing (ux37)."""


def chosen_line(rating: int) -> str:
    """The line under the scale once `rating` is marked."""
    return f"Your rating: {rating}/5. Enter keeps it and goes on; another number changes it."


TIMED_OUT = "Time's up: submitted as it was"
"""Said after the title when the clock ran out on the answer (play65: the screen appeared
mid-sentence with no word of why; one line at 80 columns with question 10 and over)."""


class SelfRatingScreen(Screen[int]):
    """Dismissed with the rating the candidate chose (0-5) and kept with Enter."""

    BINDINGS = [
        *(
            Binding(
                str(value),
                f"rate({value})",
                {0: "lowest", 5: "highest"}.get(value, f"rate {value}"),
                show=value in (0, 5),
                id=f"rate.{value}",
            )
            for value, _ in SCALE
        ),
        Binding("enter", "keep", "keep rating", id="rate.keep"),
        Binding("escape", "explain", "how to leave", show=False, id="rate.explain"),
    ]

    rating: reactive[int | None] = reactive(None, init=False, always_update=True)
    """The rating marked on the scale, not yet kept."""

    def __init__(
        self,
        submission: Submission,
        number: int,
        note: str = "",
        *,
        type_ahead: TypeAhead | None = None,
    ) -> None:
        """`note`: said after the title (the answer was left unrated when the program ended);
        `type_ahead`: holds the typing keys of the screen's first moments (it appears right
        after a submit, maybe under a candidate still typing, whose "2" would mark a rating and
        Enter keep it: see `tui.type_ahead`); None holds none."""
        super().__init__()
        self.submission = submission
        self.number = number
        self.note = note
        self.type_ahead = type_ahead

    def compose(self) -> ComposeResult:
        question = self.submission.question
        answer = self.submission.answer.answer.strip() or "(no answer)"
        title = f"Rate your answer to question {self.number}"
        note = self.note or (TIMED_OUT if self.submission.answer.timed_out else "")
        yield Label(f"{title} · {note}" if note else title, id="rating-title")
        yield Static("", id="rating-held", markup=False)
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
            with Vertical(id="rating-scale", classes="rating-row"):
                yield Static("Your rating", id="rating-scale-title", markup=False)
                for value, text in SCALE:
                    yield Static(
                        f"  {value}  {text}",
                        id=f"rating-{value}",
                        classes="rating-choice",
                        markup=False,
                    )
            yield Static(CHOOSE, id="rating-chosen", classes="rating-row", markup=False)
        yield AppFooter()

    def on_mount(self) -> None:
        self.query_one("#rating-body").focus()
        if self.type_ahead is not None and self.type_ahead.keys:  # typed while it was saved
            self.show_held()

    def watch_rating(self, rating: int | None) -> None:
        for value, _ in SCALE:
            choice = self.query_one(f"#rating-{value}", Static)
            choice.set_class(value == rating, "-chosen")
            choice.update(f"{'▶' if value == rating else ' '} {value}  {SCALE[value][1]}")
        chosen = self.query_one("#rating-chosen", Static)
        chosen.update(CHOOSE if rating is None else chosen_line(rating))
        chosen.set_class(rating is not None, "-chosen")
        self.query_one(f"#rating-{rating if rating is not None else 0}").scroll_visible()
        chosen.scroll_visible()
        self.refresh_bindings()

    def show_held(self) -> None:
        """Say, under the title, that keys were held and which (see `tui.type_ahead`)."""
        if self.type_ahead is not None:
            self.query_one("#rating-held", Static).update(held_note(self.type_ahead))
            self.add_class("-held")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "keep":
            return self.rating is not None
        return True

    def action_rate(self, value: int) -> None:
        self.rating = value

    def action_explain(self) -> None:
        chosen = self.query_one("#rating-chosen", Static)
        chosen.update(KEEP_FIRST)
        chosen.set_class(True, "-chosen")
        chosen.scroll_visible()

    def action_keep(self) -> None:
        if self.rating is not None:
            self.dismiss(self.rating)
