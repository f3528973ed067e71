"""The status line of the question screen: what it says, and the notices that go again after
NOTICE_SECONDS (the time's-up notice only once the next answer is typed in, ux39)."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Label, TextArea

from ...plain import plain

NOTICE_SECONDS = 8.0
"""How long a notice stays on the status line (time ran out on the last question: and until
the next answer is typed in; 8 s went by unseen while the new prompt was read, ux39)."""


class ShowingNotices(Screen[None]):
    """The status line (`#status`) under the answer box (`#answer`) of `InterviewScreen`."""

    def _status(self, text: str, *, notice: bool = False) -> None:
        status = self.query_one("#status", Label)
        status.update(plain(text))
        status.set_class(notice, "-notice")
        status.set_class(not text, "-empty")

    def flash(self, notice: str, *, until_typed: bool = False) -> None:
        """Show `notice` for NOTICE_SECONDS (or until replaced), `until_typed`: and typing."""
        self._status(notice, notice=True)
        self.set_timer(NOTICE_SECONDS, lambda: self._clear_notice(notice, until_typed))

    def _clear_notice(self, notice: str, until_typed: bool = False) -> None:
        """Clear `notice` from the status line, unless a later one has replaced it."""
        status = self.query_one("#status", Label)
        if not (status.has_class("-notice") and str(status.render()) == notice):
            return
        if until_typed and not self.query_one("#answer", TextArea).text.strip():
            self.set_timer(NOTICE_SECONDS / 4, lambda: self._clear_notice(notice, True))
            return
        self._status("")
