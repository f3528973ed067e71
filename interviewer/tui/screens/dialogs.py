"""Small modal dialogs: confirm or cancel."""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from ..plain import plain
from ..type_ahead import TypeAhead, held_note
from ..widgets.app_footer import too_small


def dialog_keys(confirm: str, cancel: str) -> tuple[str, ...]:
    """The key line's keys: each key, then what it does, in the buttons' own words (`y leave`,
    `n/Esc stay` under Leave and Stay: it read `y yes · n/Esc no` there, two vocabularies for
    one choice, play54). Enter acts on the button ←→ moved to (it read `Enter press`, which
    reads as an instruction to press Enter, play52)."""
    return ("←→ move", "Enter select", f"y {confirm.lower()}", f"n/Esc {cancel.lower()}")


def keys_line(keys: tuple[str, ...], width: int) -> str:
    """The keys joined with ` · `, broken into lines of at most `width` cells between keys
    only: wrapped as words, the skip dialog's read `n/Esc keep` / `writing` at 60 columns
    (play54). Widths are terminal cells, not characters (play55: a wide character or an
    emoji takes two). A key longer than `width` has a line of its own (the label cuts it)."""
    lines: list[str] = []
    for number, key in enumerate(keys, start=1):
        room = 0 if number == len(keys) else len(" ·")  # a line ends ` ·` before the next key
        if lines and cell_len(lines[-1]) + len(" · ") + cell_len(key) + room <= width:
            lines[-1] += f" · {key}"
        elif lines:
            lines[-1] += " ·"
            lines.append(key)
        else:
            lines.append(key)
    return "\n".join(lines)


class ConfirmScreen(ModalScreen[bool]):
    """Asks a yes/no question; dismisses with True when confirmed.

    The safe answer (cancel) has the focus; ←/→ (and Tab) move between the buttons, Enter
    presses the focused one, `y` confirms and `n` or Escape cancel.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="confirm.cancel"),
        Binding("y", "confirm", "Yes", show=False, id="confirm.yes"),
        Binding("n", "cancel", "No", show=False, id="confirm.no"),
        # Priority bindings are handled in the order typed: Enter right after an arrow presses
        # the button the arrow chose, even before the focus has visibly moved.
        Binding("left", "move(-1)", "Previous", show=False, priority=True, id="confirm.left"),
        Binding("right", "move(1)", "Next", show=False, priority=True, id="confirm.right"),
        Binding("enter", "press", "Press", show=False, priority=True, id="confirm.press"),
    ]

    def __init__(
        self,
        title: str,
        body: str,
        *,
        confirm: str = "Yes",
        cancel: str = "Cancel",
        type_ahead: TypeAhead | None = None,
        held: str = "",
    ):
        """`type_ahead`: holds the typing keys of the dialog's first moments (one that opens
        under a candidate still typing, whose `y` would confirm and `n` cancel: see
        `tui.type_ahead`); `held`: said after the text of the keys held (what becomes of it)."""
        super().__init__()
        self.type_ahead = type_ahead
        self._held = held
        self._title = title
        self._body = body
        self._confirm = confirm
        self._cancel = cancel
        self._chosen = "dialog-cancel"
        self._keys = dialog_keys(confirm, cancel)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(plain(self._title), id="dialog-title")
            yield Static(plain(self._body), id="dialog-body")
            with Horizontal(id="dialog-buttons"):
                yield Button(self._confirm, variant="warning", id="dialog-confirm")
                yield Button(self._cancel, id="dialog-cancel")
            yield Static("", id="dialog-held", markup=False)
            yield Label(" · ".join(self._keys), id="dialog-keys")

    def on_mount(self) -> None:
        self.query_one("#dialog-cancel", Button).focus()
        self._fit(self.app.size)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        """In a terminal smaller than 80x24, one-line buttons and no blank lines, so that
        the question, its buttons and the keys fit (at 40x12 the title was scrolled away and
        the last button cut to "St", ux35); the body scrolls when it is longer still."""
        small = too_small(size)
        self.set_class(small, "-small")
        for button in self.query(Button):
            button.compact = small
        self.call_after_refresh(self._wrap_keys)

    def _wrap_keys(self) -> None:
        label = self.query_one("#dialog-keys", Label)
        width = self.query_one("#dialog").content_region.width
        label.update(keys_line(self._keys, width) if width > 0 else " · ".join(self._keys))

    def show_held(self) -> None:
        """Say, above the keys, that keys were held and which (see `tui.type_ahead`)."""
        if self.type_ahead is not None:
            note = held_note(self.type_ahead)
            if self.type_ahead.held_text.strip():
                note = f"{note} {self._held}".strip()
            self.query_one("#dialog-held", Static).update(note)
            self.add_class("-held")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "dialog-confirm")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Button) and event.widget.id:
            self._chosen = event.widget.id

    def action_move(self, step: int) -> None:
        buttons = list(self.query(Button))
        index = next((i for i, b in enumerate(buttons) if b.id == self._chosen), 0)
        chosen = buttons[(index + step) % len(buttons)]
        self._chosen = chosen.id or self._chosen
        chosen.focus()

    def action_press(self) -> None:
        self.dismiss(self._chosen == "dialog-confirm")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
