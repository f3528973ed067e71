"""The question's prompt, grown to fit when there is room and scrolled when there is not."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from ..plain import plain

MORE_NOTE = "more below: shift+tab, then ↓ or PgDn; tab back to answer"
"""Shown under a prompt longer than its area, so the rest is not missed."""
END_NOTE = "end of the question: ↑ or PgUp for the start; tab back to answer"
"""Shown instead once the prompt is scrolled to its end."""


class PromptView(VerticalScroll):
    """The prompt in a scroll area; while it overflows, a tab stop with a note saying so."""

    class Typed(Message):
        """A character typed while the prompt has focus: it belongs to the answer."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def on_key(self, event: events.Key) -> None:
        """Typing here is typing an answer (play22 F17: it was silently lost): the screen
        takes the character to the answer box and the focus with it."""
        if event.is_printable and event.character is not None:
            event.stop()
            event.prevent_default()
            self.post_message(self.Typed(event.character))

    def compose(self) -> ComposeResult:
        yield Static("", id="prompt")

    def show(self, prompt: str) -> None:
        """Show `prompt` verbatim, from its first line."""
        self.query_one("#prompt", Static).update(plain(prompt))
        self.scroll_home(animate=False)
        self.call_after_refresh(self._sync_overflow)

    @property
    def overflows(self) -> bool:
        """Whether part of the prompt is out of sight."""
        return self.max_scroll_y > 0

    def allow_focus(self) -> bool:
        return self.overflows

    def on_resize(self) -> None:
        self.call_after_refresh(self._sync_overflow)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._sync_overflow()

    def _sync_overflow(self) -> None:
        self.set_class(self.overflows, "-overflows")
        at_end = round(self.scroll_y) >= self.max_scroll_y
        self.border_subtitle = (END_NOTE if at_end else MORE_NOTE) if self.overflows else ""
