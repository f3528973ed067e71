"""The store's drafts: the unsubmitted text of a session's current question."""

from __future__ import annotations

from ..clock import Clock
from ..errors import StoreError
from .connection import StoreConnection
from .records import Draft
from .rows import draft_from_row


class DraftQueries(StoreConnection):
    """One draft per session, replaced every few seconds and dropped by the next answer."""

    def save_draft(
        self,
        session_id: str,
        question_id: str,
        text: str,
        seconds_used: float,
        clock: Clock | None = None,
    ) -> None:
        """Replace the session's draft with this text of the current question; nothing is
        written once the session is finished: a process left behind (a frozen app whose
        terminal was closed, play28 M6) must not add its clock to a session resumed and
        finished elsewhere."""
        with self._write("save the draft") as db:
            db.execute(
                "INSERT OR REPLACE INTO drafts (session_id, question_id, text, seconds_used,"
                " saved_at) SELECT ?, ?, ?, ?, ? WHERE EXISTS"
                " (SELECT 1 FROM sessions WHERE id = ? AND finished_at IS NULL)",
                (session_id, question_id, text, float(seconds_used), self._now(clock), session_id),
            )

    def load_draft(self, session_id: str) -> Draft | None:
        """The session's saved draft, or None."""
        with self._read() as db:
            row = db.execute("SELECT * FROM drafts WHERE session_id = ?", (session_id,)).fetchone()
        if row is None:
            return None
        try:
            return self._convert(draft_from_row, row, "draft")
        except StoreError as err:  # a draft is a convenience: losing a damaged one is fine
            self.warnings.append(f"warning: {err}; skipped")
            return None
