"""What the candidate adds to a graded answer: an appeal of its grade, practice retries."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..clock import Clock
from ..errors import StoreError
from .connection import StoreConnection
from .records import APPEAL_GRADES, Appeal, Retry
from .rows import appeal_from_row, retry_from_row


class AppealQueries(StoreConnection):
    """Appeals (one per answer) and retries (any number per answer)."""

    def save_appeal(
        self, answer_id: int, candidate_grade: int, note: str, clock: Clock | None = None
    ) -> Appeal:
        """Keep the candidate's own grade (0-5) and note on an answer, replacing an earlier
        appeal of the same answer.

        Raises:
            StoreError: the grade is off the scale, or there is no such answer.
        """
        if isinstance(candidate_grade, bool) or candidate_grade not in APPEAL_GRADES:
            raise StoreError(f"an appeal's grade must be 0 to 5, not {candidate_grade!r}")
        with self._write("save the appeal") as db:
            if db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone() is None:
                raise StoreError(f"no answer {answer_id} in the history")
            db.execute(
                "INSERT OR REPLACE INTO appeals (answer_id, candidate_grade, note, appealed_at)"
                " VALUES (?, ?, ?, ?)",
                (answer_id, int(candidate_grade), note.strip(), self._now(clock)),
            )
            row = db.execute("SELECT * FROM appeals WHERE answer_id = ?", (answer_id,)).fetchone()
        return appeal_from_row(row)

    def appeals(self, session_id: str | None = None) -> dict[int, Appeal]:
        """Appeals by answer id: of one session, or of every session."""
        query = "SELECT p.* FROM appeals p"
        args: tuple[str, ...] = ()
        if session_id is not None:
            query += " JOIN answers a ON a.id = p.answer_id WHERE a.session_id = ?"
            args = (session_id,)
        with self._read() as db:
            rows = db.execute(query + " ORDER BY p.answer_id", args).fetchall()
        return {row["answer_id"]: appeal_from_row(row) for row in rows}

    def record_retry(
        self,
        answer_id: int,
        *,
        answer: str,
        score: float | None,
        band: str | None,
        grader_version: str | None,
        grade: Mapping[str, Any] | None = None,
        clock: Clock | None = None,
    ) -> Retry:
        """Keep another try at an answered question (practice mode), with its whole `grade`;
        the answer keeps its score."""
        with self._write("save the retry") as db:
            if db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone() is None:
                raise StoreError(f"no answer {answer_id} in the history")
            cursor = db.execute(
                "INSERT INTO retries"
                " (answer_id, answer, score, band, grader_version, retried_at, grade_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    answer_id,
                    answer,
                    score,
                    band,
                    grader_version,
                    self._now(clock),
                    json.dumps(dict(grade), sort_keys=True) if grade is not None else None,
                ),
            )
            row = db.execute("SELECT * FROM retries WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return retry_from_row(row)

    def retries(self, session_id: str) -> dict[int, list[Retry]]:
        """A session's retries by answer id, oldest first."""
        with self._read() as db:
            rows = db.execute(
                "SELECT r.* FROM retries r JOIN answers a ON a.id = r.answer_id"
                " WHERE a.session_id = ? ORDER BY r.id",
                (session_id,),
            ).fetchall()
        result: dict[int, list[Retry]] = {}
        for row in rows:
            result.setdefault(row["answer_id"], []).append(retry_from_row(row))
        return result
