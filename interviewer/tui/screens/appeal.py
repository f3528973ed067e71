"""The appeal dialog: the candidate's own grade (0-5) and a note, when they disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ...core.appeals import score_as_grade
from ...core.prompt_title import prompt_is_cut, prompt_title
from ...core.report import format_score
from ..plain import plain
from ..widgets.app_footer import too_small

if TYPE_CHECKING:
    from textual.geometry import Size

APPEAL_KEYS = "0-5 your grade · Tab next field · Enter save · Esc cancel"
GRADE_WANTED = "Enter a grade from 0 to 5"
"""Said beside the grade when a key other than 0-5 is typed there, or Save is pressed with
no grade (play25 D5: a 9 was ignored with only a bell, which many terminals mute)."""


class GradeInput(Input):
    """One digit, 0 to 5. Typing a grade moves on to the note, and anything typed after it
    goes into the note too, however fast it comes (focus moves only after queued keys)."""

    def __init__(self, value: str, note: Input, **kwargs: Any) -> None:
        super().__init__(value, restrict=r"[0-5]?", max_length=1, **kwargs)
        self.note = note
        self._passed_on = False

    def on_focus(self) -> None:
        self._passed_on = False
        self.select_all()

    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable or event.character is None:
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()
        if not self._passed_on and event.character in "012345":
            self.screen.query_one("#appeal-grade-error", Label).update("")
            self.value = event.character
            self._passed_on = True
            if isinstance(self.note, NoteInput):
                self.note.arrived_by_grade = True
            self.note.focus()
        elif self._passed_on:
            self.note.insert_text_at_cursor(event.character)
        else:
            self.screen.query_one("#appeal-grade-error", Label).update(GRADE_WANTED)
            self.app.bell()


class NoteInput(Input):
    """The note. A Tab pressed right after the grade moved focus here is the one the dialog's
    own hint asks for ("Tab next field"): it is taken as arriving here, not as leaving for the
    Save button, where the note typed next would be lost."""

    arrived_by_grade = False

    async def _on_key(self, event: events.Key) -> None:
        arrived, self.arrived_by_grade = self.arrived_by_grade, False
        if arrived and event.key == "tab" and not self.value:
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    def on_blur(self) -> None:
        self.arrived_by_grade = False


@dataclass(frozen=True)
class AppealInput:
    """What the candidate entered."""

    grade: int
    note: str


@dataclass(frozen=True)
class AppealDraft:
    """What was typed in a dialog cancelled before Save: the grade as typed ("" for none)."""

    grade: str
    note: str


DRAFT_KEPT = "Your note is kept as a draft until you quit: press a on this question to go on."
"""Said when the dialog is cancelled with a grade or a note typed and not saved (play56: a
Cancel, or an Esc, dropped the note without asking)."""


def appeal_prompt(prompt: str) -> str:
    """The question as the dialog names it: a prompt of one line whole (wrapped, up to the
    box's five lines), or the first line and "…" when code and choices follow it, which the
    box cut in the middle of a line of code (play61); the screen behind shows them whole."""
    if prompt_is_cut(prompt):
        return f"{prompt_title(prompt)} …"
    return prompt


def appeal_drafts(app: App[Any]) -> dict[int, AppealDraft]:
    """The app's unsaved appeals by answer id, for as long as it runs (nothing is written to
    the history: a draft is not an appeal)."""
    drafts: dict[int, AppealDraft] | None = getattr(app, "_appeal_drafts", None)
    if drafts is None:
        drafts = {}
        setattr(app, "_appeal_drafts", drafts)  # noqa: B010 (any App, not only InterviewApp)
    return drafts


class AppealScreen(ModalScreen["AppealInput | None"]):
    """Asks for the candidate's own grade and why; dismisses with it, or None on cancel."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="appeal.cancel"),
        Binding("ctrl+s", "save", "Save", priority=True, id="appeal.save"),
    ]

    def __init__(
        self,
        prompt: str,
        score: float | None,
        band: str | None,
        *,
        grade: int | None = None,
        note: str = "",
        answer_id: int | None = None,
    ) -> None:
        """`grade` and `note`: the appeal saved before, if any. `answer_id`: the answer
        appealed; a draft of it kept from a cancelled dialog is shown instead of them."""
        super().__init__()
        self._prompt = prompt
        self._score = score
        self._band = band
        self._saved = ("" if grade is None else str(grade), note)
        self._grade, self._note = self._saved
        self._answer_id = answer_id

    def compose(self) -> ComposeResult:
        draft = None if self._answer_id is None else appeal_drafts(self.app).get(self._answer_id)
        if draft is not None:
            self._grade, self._note = draft.grade, draft.note
        with Vertical(id="appeal-dialog"):
            yield Label("Disagree with this grade?", id="appeal-title")
            yield Static(plain(appeal_prompt(self._prompt)), id="appeal-prompt")
            grader = f"{format_score(self._score)} / 100 ({self._band or 'not graded'})"
            if self._score is not None:
                # the candidate answers on 0-5: the grader's score on that scale too (play33)
                on_five = score_as_grade(int(format_score(self._score)))
                grader += f", {on_five} of 5"
            yield Static(f"The grader gave {grader}.", id="appeal-grader")
            note = NoteInput(
                self._note,
                placeholder="what the grader missed (optional)",
                id="appeal-note",
                compact=True,
            )
            with Horizontal(classes="appeal-row"):
                # the field's placeholder says "0-5": the label saying it too read as repeated
                yield Label("Your grade ", classes="appeal-label")
                yield GradeInput(
                    self._grade,
                    note,
                    placeholder="0-5",
                    id="appeal-grade",
                    compact=True,
                )
                yield Label("", id="appeal-grade-error")
            with Horizontal(classes="appeal-row"):
                yield Label("Why ", classes="appeal-label")
                yield note
            with Horizontal(id="appeal-buttons"):
                yield Button("Save", variant="primary", id="appeal-save")
                yield Button("Cancel", id="appeal-cancel")
            yield Label(APPEAL_KEYS, id="appeal-keys")

    def on_mount(self) -> None:
        self.query_one("#appeal-grade", Input).focus()
        self._fit(self.app.size)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        """In a terminal smaller than 80x24, a narrower label column, padding and scrollbar:
        at 60x15 the scrollbar covered the end of "(optional)" in the note's placeholder
        (play50)."""
        self.set_class(too_small(size), "-small")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "appeal-save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        grade = self.query_one("#appeal-grade", Input).value
        if not grade.isdigit():
            self.query_one("#appeal-grade-error", Label).update(GRADE_WANTED)
            self.query_one("#appeal-grade", Input).focus()
            return
        note = self.query_one("#appeal-note", Input).value.strip()
        if self._answer_id is not None:
            appeal_drafts(self.app).pop(self._answer_id, None)
        self.dismiss(AppealInput(int(grade), note))

    def action_cancel(self) -> None:
        """Close without saving; what was typed and not saved is kept as a draft."""
        typed = (
            self.query_one("#appeal-grade", Input).value,
            self.query_one("#appeal-note", Input).value,
        )
        if self._answer_id is not None:
            drafts = appeal_drafts(self.app)
            if typed != self._saved and any(part.strip() for part in typed):
                drafts[self._answer_id] = AppealDraft(*typed)
                self.app.notify(DRAFT_KEPT, title="Not saved")
            else:
                drafts.pop(self._answer_id, None)
        self.dismiss(None)
