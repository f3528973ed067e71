"""Marking a session on the history screen and picking a second one to compare it with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Label

from ...core.errors import InterviewerError
from ...core.report import build_report, format_when, session_score_cell
from ...core.report.side_by_side import SideBySide, side_by_side
from ...core.safe_text import screen_text
from ..plain import plain

if TYPE_CHECKING:
    from ...core.bank import Bank
    from ...core.catalog import Catalog
    from ...core.store import Store, StoredSession

MARK_BINDINGS = [
    Binding("c", "mark", "Mark to compare", id="history.mark"),
    Binding("c", "compare", "Compare", id="history.compare"),
]
"""One key, two actions: marking a first session, then comparing the one under the cursor
with it; the footer shows the one that applies."""


def _bank(catalog: Catalog, session: StoredSession) -> Bank | None:
    """The session's bank, for topic titles; None when it cannot be loaded (ids shown)."""
    try:
        return catalog.find_session_bank(session.bank_id, session.bank_path)
    except InterviewerError:
        return None


def compare_stored(
    store: Store, catalog: Catalog, one: StoredSession, other: StoredSession, command: str
) -> SideBySide:
    """Two stored sessions side by side, each from its report as the report screen builds it
    (the history screen graded and stored any answer left ungraded before it opened)."""
    reports = [build_report(store, s.id, _bank(catalog, s), command=command) for s in (one, other)]
    return side_by_side(*reports)


def mark_text(session: StoredSession) -> str:
    """The line under the table while a session is marked."""
    return (
        f"Marked: {format_when(session.started_at)}, {screen_text(session.bank_id)}, score "
        f"{session_score_cell(session)}. Press c on another session to compare; "
        "c on this one unmarks it."
    )


class CompareMarking(Screen[None]):
    """The history screen's marking: `marked` is the session marked, if any. The screen
    holds the table's sessions and `_selected` (the session under the cursor)."""

    marked: StoredSession | None = None

    def _selected(self) -> StoredSession | None:
        raise NotImplementedError

    def can_mark(self, action: str) -> bool | None:
        """Whether `mark` or `compare` applies now (one key shows as one or the other)."""
        if action == "mark":
            return self.marked is None
        return self.marked is not None

    def show_mark(self) -> None:
        label = self.query_one("#compare-mark", Label)
        label.display = self.marked is not None
        label.update(plain(mark_text(self.marked)) if self.marked is not None else "")
        self.refresh_bindings()

    def forget_mark(self, session_id: str) -> None:
        """A deleted session cannot stay marked."""
        if self.marked is not None and self.marked.id == session_id:
            self.marked = None
            self.show_mark()

    def action_mark(self) -> None:
        session = self._selected()
        if session is not None:
            self.marked = session
            self.show_mark()

    def action_compare(self) -> None:
        session, marked = self._selected(), self.marked
        if session is None or marked is None:
            return
        if session.id == marked.id:
            self.marked = None
            self.show_mark()
            self.notify("Unmarked.", timeout=3)
            return
        app = self.app
        try:
            compared = compare_stored(
                app.store,  # type: ignore[attr-defined]
                app.catalog,  # type: ignore[attr-defined]
                marked,
                session,
                getattr(app, "command", "interviewer"),
            )
        except InterviewerError as err:
            self.notify(screen_text(str(err)), severity="error", markup=False)
            return
        from .compare import CompareScreen

        self.marked = None
        self.show_mark()
        app.push_screen(CompareScreen(compared, app.export_dir))  # type: ignore[attr-defined]
