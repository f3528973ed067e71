"""Small modal dialogs: confirm or cancel."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from ..plain import plain


class ConfirmScreen(ModalScreen[bool]):
    """Asks a yes/no question; dismisses with True when confirmed."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="confirm.cancel"),
        Binding("y", "confirm", "Yes", show=False, id="confirm.yes"),
        Binding("n", "cancel", "No", show=False, id="confirm.no"),
    ]

    def __init__(self, title: str, body: str, *, confirm: str = "Yes", cancel: str = "Cancel"):
        super().__init__()
        self._title = title
        self._body = body
        self._confirm = confirm
        self._cancel = cancel

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(plain(self._title), id="dialog-title")
            yield Static(plain(self._body), id="dialog-body")
            with Horizontal(id="dialog-buttons"):
                yield Button(self._confirm, variant="warning", id="dialog-confirm")
                yield Button(self._cancel, id="dialog-cancel")

    def on_mount(self) -> None:
        self.query_one("#dialog-cancel", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "dialog-confirm")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
