"""The session to resume is open in another terminal (play29 F19): read its report, take it
over, or go back. Answering it in both would have one answer refused and its text lost."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from ...core.interview import SessionOpenElsewhere
from ..plain import plain
from .dialogs import ConfirmScreen

TAKE_OVER = "take"
READ_ONLY = "read"
OPEN_ELSEWHERE_KEYS = "←→ Enter · r report · t take over · Esc back"
"""One line inside the dialog at 80 columns (the longer wording wrapped)."""


def open_elsewhere_text(err: SessionOpenElsewhere) -> str:
    """What the dialog says: where the session is open, and what each choice does."""
    where = err.holder.describe() if err.holder is not None else "another program"
    return (
        f"Session {err.session_id[:8]} is already open in {where}. Answering it in two places "
        "at once would have one of the answers refused.\n\n"
        "Read its report here, or take it over: the other terminal then stops saving to it "
        "and keeps its unsaved answer in a file."
    )


class OpenElsewhereScreen(ConfirmScreen):
    """Dismissed with TAKE_OVER, READ_ONLY, or False (back). Back has the focus."""

    BINDINGS = [
        Binding("t", "choose('take')", "Take over", show=False, id="elsewhere.take"),
        Binding("r", "choose('read')", "Read only", show=False, id="elsewhere.read"),
    ]

    def __init__(self, err: SessionOpenElsewhere) -> None:
        super().__init__("Session open in another terminal", open_elsewhere_text(err))
        self._keys = tuple(OPEN_ELSEWHERE_KEYS.split(" · "))  # wrapped between keys too

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(plain(self._title), id="dialog-title")
            yield Static(plain(self._body), id="dialog-body")
            with Horizontal(id="dialog-buttons"):
                yield Button("Read its report", id="dialog-read")
                yield Button("Take over", variant="warning", id="dialog-take")
                yield Button("Back", id="dialog-cancel")
            yield Label(OPEN_ELSEWHERE_KEYS, id="dialog-keys")

    def _result(self, button_id: str) -> str | bool:
        return {"dialog-take": TAKE_OVER, "dialog-read": READ_ONLY}.get(button_id, False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self._result(event.button.id or ""))  # type: ignore[arg-type]

    def action_press(self) -> None:
        self.dismiss(self._result(self._chosen))  # type: ignore[arg-type]

    def action_confirm(self) -> None:
        """`y` does nothing here: which of two ways is meant?"""

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)  # type: ignore[arg-type]
