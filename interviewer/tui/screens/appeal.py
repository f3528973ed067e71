"""The appeal dialog: the candidate's own grade (0-5) and a note, when they disagree."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ...core.report import format_score

APPEAL_KEYS = "0-5 your grade · Tab next field · Enter save · Esc cancel"


@dataclass(frozen=True)
class AppealInput:
    """What the candidate entered."""

    grade: int
    note: str


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
    ) -> None:
        super().__init__()
        self._prompt = prompt
        self._score = score
        self._band = band
        self._grade = grade
        self._note = note
        self._typing = False

    def compose(self) -> ComposeResult:
        with Vertical(id="appeal-dialog"):
            yield Label("Disagree with this grade?", id="appeal-title")
            yield Static(self._prompt, id="appeal-prompt")
            grader = f"{format_score(self._score)} / 100 ({self._band or 'not graded'})"
            yield Static(f"The grader gave {grader}.", id="appeal-grader")
            with Horizontal(classes="appeal-row"):
                yield Label("Your grade, 0-5 ", classes="appeal-label")
                yield Input(
                    "" if self._grade is None else str(self._grade),
                    placeholder="0-5",
                    restrict=r"[0-5]?",
                    max_length=1,
                    id="appeal-grade",
                    compact=True,
                )
            with Horizontal(classes="appeal-row"):
                yield Label("Why ", classes="appeal-label")
                yield Input(
                    self._note,
                    placeholder="what the grader missed (optional)",
                    id="appeal-note",
                    compact=True,
                )
            with Horizontal(id="appeal-buttons"):
                yield Button("Save", variant="primary", id="appeal-save")
                yield Button("Cancel", id="appeal-cancel")
            yield Label(APPEAL_KEYS, id="appeal-keys")

    def on_mount(self) -> None:
        grade = self.query_one("#appeal-grade", Input)
        grade.focus()
        grade.select_all()  # typing a digit replaces an earlier grade
        # Inputs report their first value too: only a grade typed afterwards moves on.
        self.call_after_refresh(setattr, self, "_typing", True)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "appeal-grade" and event.value and self._typing:
            self.query_one("#appeal-note", Input).focus()

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
            self.notify("Give your own grade first: a number from 0 to 5.", severity="warning")
            self.query_one("#appeal-grade", Input).focus()
            return
        note = self.query_one("#appeal-note", Input).value.strip()
        self.dismiss(AppealInput(int(grade), note))

    def action_cancel(self) -> None:
        self.dismiss(None)
