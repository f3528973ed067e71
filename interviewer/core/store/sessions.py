"""The store's sessions: starting, finding, listing, pausing, finishing and deleting them."""

from __future__ import annotations

import json
import sqlite3
import uuid

from ..bank import Bank
from ..clock import Clock
from ..errors import StoreError
from ..session import SessionConfig
from .connection import StoreConnection
from .records import SELF_RATING_SQL, UNANSWERED_SQL, StoredSession
from .rows import session_from_row

MIN_ID_PREFIX = 4
"""A session id prefix names a session from this many characters on."""


def unknown_session(name: str) -> str:
    """The message for a session id or prefix that names no session; it says that a prefix
    needs `MIN_ID_PREFIX` characters when `name` is shorter (`interviewer report 89`)."""
    short = len(name) < MIN_ID_PREFIX
    why = f" (an id prefix needs at least {MIN_ID_PREFIX} characters)" if short else ""
    return f"no session '{name}' in the history{why}"


class SessionQueries(StoreConnection):
    """Sessions: one row each, with a summary of their answers and draft."""

    def create_session(
        self, config: SessionConfig, bank: Bank, clock: Clock | None = None
    ) -> StoredSession:
        """Record a new session. A config without a seed gets one, so the session can be
        replayed: build the `SessionPlan` from the returned session's `config`. The bank's
        file is recorded (absolute) with it: `Catalog.find_session_bank` finds a bank that
        was practised by its path, not by an id the catalog knows."""
        config = config.with_seed()
        session_id = uuid.uuid4().hex
        with self._write("start a session") as db:
            db.execute(
                "INSERT INTO sessions"
                " (id, bank_id, bank_version, mode, config_json, started_at, bank_path)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    bank.id,
                    bank.version,
                    config.mode,
                    json.dumps(config.to_dict(), sort_keys=True),
                    self._now(clock),
                    str(bank.source.resolve()) if bank.source is not None else None,
                ),
            )
        session = self.get_session(session_id)
        assert session is not None
        return session

    _SESSION_QUERY = (
        "SELECT s.*, count(a.id) AS answer_count, sum(a.skipped) AS skipped_count,"
        f" sum({UNANSWERED_SQL}) AS unanswered_count,"
        " sum(a.score) AS score_total, count(a.score) AS score_count,"
        f" sum({SELF_RATING_SQL}) AS rating_total, count({SELF_RATING_SQL}) AS rating_count,"
        " coalesce(sum(a.seconds), 0) + coalesce(max(d.seconds_used), 0) AS time_used"
        " FROM sessions s LEFT JOIN answers a ON a.session_id = s.id"
        " LEFT JOIN drafts d ON d.session_id = s.id"
    )

    def get_session(self, session_id: str) -> StoredSession | None:
        """The session with this id, or with this unique id prefix (4+ characters), or None.

        Raises:
            StoreError: the prefix matches more than one session.
        """
        try:
            session_id.encode("utf-8")
        except UnicodeEncodeError:  # bytes no UTF-8 in a command line (`report $'\xff'`)
            return None  # name no session (ids are hex): SQLite refused them with a traceback
        with self._read() as db:
            row = db.execute(
                f"{self._SESSION_QUERY} WHERE s.id = ? GROUP BY s.id", (session_id,)
            ).fetchone()
            if row is None and len(session_id) >= MIN_ID_PREFIX:
                rows = db.execute(
                    f"{self._SESSION_QUERY} WHERE substr(s.id, 1, ?) = ? GROUP BY s.id LIMIT 2",
                    (len(session_id), session_id),
                ).fetchall()
                if len(rows) > 1:
                    raise StoreError(f"more than one session starts with '{session_id}'")
                row = rows[0] if rows else None
        return self._convert(session_from_row, row, "session") if row is not None else None

    def list_sessions(self, bank_id: str | None = None) -> list[StoredSession]:
        """Every session (of one bank, if given), newest first."""
        where, args = ("WHERE s.bank_id = ?", (bank_id,)) if bank_id is not None else ("", ())
        with self._read() as db:
            rows = db.execute(
                f"{self._SESSION_QUERY} {where} GROUP BY s.id"
                " ORDER BY s.started_at DESC, s.rowid DESC",
                args,
            ).fetchall()
        return self._convert_all(session_from_row, rows, "session")

    def latest_unfinished(self) -> StoredSession | None:
        """The most recently started session that was not finished, or None."""
        with self._read() as db:
            rows = db.execute(
                f"{self._SESSION_QUERY} WHERE s.finished_at IS NULL GROUP BY s.id"
                " ORDER BY s.started_at DESC, s.rowid DESC LIMIT 20"
            ).fetchall()
        readable = self._convert_all(session_from_row, rows, "session")
        return readable[0] if readable else None

    def unfinished_sessions(self) -> list[StoredSession]:
        """Every session not finished (nor closed), newest first: each can be resumed."""
        with self._read() as db:
            rows = db.execute(
                f"{self._SESSION_QUERY} WHERE s.finished_at IS NULL GROUP BY s.id"
                " ORDER BY s.started_at DESC, s.rowid DESC"
            ).fetchall()
        # a damaged row is skipped with a warning, as `list_sessions` does: `history` and the
        # report settle waiting answers through this list, and must not fail on one bad row
        return self._convert_all(session_from_row, rows, "session")

    def close_session(self, session_id: str, clock: Clock | None = None) -> StoredSession:
        """Close an unfinished session for good, as it stands: its answers are kept, its
        draft's text goes, and it is no longer offered for resuming (its report says it was
        closed early). The time already spent on the open question stays in its duration.

        Raises:
            StoreError: no session has this id (or unique prefix), or it is already finished.
        """
        session = self.get_session(session_id)
        if session is None:
            raise StoreError(unknown_session(session_id))
        if session.finished:
            raise StoreError(f"session {session.id[:8]} is already finished")
        with self._write("close the session") as db:
            db.execute(
                "UPDATE sessions SET finished_at = ?, level_reached = NULL WHERE id = ?",
                (self._now(clock), session.id),
            )
            # The draft row is the only record of the time spent on the open question.
            db.execute("UPDATE drafts SET text = '' WHERE session_id = ?", (session.id,))
        closed = self.get_session(session.id)
        assert closed is not None
        return closed

    def latest_with_answers(self) -> StoredSession | None:
        """The most recently started session that has at least one answer, or None."""
        # Newest first, stopping at the first with an answer: the whole history is not summed up.
        with self._read() as db:
            row = db.execute(
                "SELECT s.id FROM sessions s"
                " WHERE EXISTS (SELECT 1 FROM answers a WHERE a.session_id = s.id)"
                " ORDER BY s.started_at DESC, s.rowid DESC LIMIT 1"
            ).fetchone()
        return self.get_session(row[0]) if row is not None else None

    def add_paused(self, session_id: str, seconds: float) -> None:
        """Add `seconds` of pause to a session's total."""
        with self._write("record a pause") as db:
            cursor = db.execute(
                "UPDATE sessions SET paused_seconds = paused_seconds + ? WHERE id = ?",
                (max(0.0, float(seconds)), session_id),
            )
            self._check_found(cursor, session_id)

    def finish_session(
        self, session_id: str, level_reached: str | None, clock: Clock | None = None
    ) -> StoredSession:
        """Mark a session finished (its draft goes) and record the level reached."""
        with self._write("finish the session") as db:
            cursor = db.execute(
                "UPDATE sessions SET finished_at = ?, level_reached = ? WHERE id = ?",
                (self._now(clock), level_reached, session_id),
            )
            self._check_found(cursor, session_id)
            db.execute("DELETE FROM drafts WHERE session_id = ?", (session_id,))
        session = self.get_session(session_id)
        assert session is not None
        return session

    def delete_session(self, session_id: str) -> bool:
        """Delete a session with its answers, grade history and draft; False if none had the
        id."""
        with self._write("delete the session") as db:
            cursor = db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return cursor.rowcount > 0

    @staticmethod
    def _check_found(cursor: sqlite3.Cursor, session_id: str) -> None:
        if cursor.rowcount == 0:
            raise StoreError(unknown_session(session_id))
