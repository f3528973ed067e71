"""The store's answers and their grades, earlier grades included."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..bank import Question
from ..clock import Clock
from ..errors import StoreError
from ..self_rating import SELF_RATED_BAND
from ..session import SessionConfig
from .connection import StoreConnection
from .records import PastGrade, StoredAnswer, StoredSession
from .rows import answer_from_row, past_grade_from_row, session_config

_IN_CHUNK = 500
"""Ids per `IN (...)` query: well under SQLite's oldest limit on parameters (999)."""


@dataclass(frozen=True)
class NewGrade:
    """An answer's new grade, as `update_grades` saves it."""

    answer_id: int
    score: float | None
    band: str
    grade: Mapping[str, Any] | None
    """The grader's `Grade.to_dict()`."""
    grader_version: str | None


def _save_grade(db: sqlite3.Connection, new: NewGrade, when: str) -> sqlite3.Row:
    """Inside a write transaction: the earlier grade to `grade_history`, the new one in its
    place; the answer's row as saved."""
    row = db.execute("SELECT * FROM answers WHERE id = ?", (new.answer_id,)).fetchone()
    if row is None:
        raise StoreError(f"no answer {new.answer_id} in the history")
    if row["score"] is not None or row["grade_json"] is not None:
        db.execute(
            "INSERT INTO grade_history (answer_id, score, band, grade_json,"
            " grader_version, regraded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                new.answer_id,
                row["score"],
                row["band"],
                row["grade_json"],
                row["grader_version"],
                when,
            ),
        )
    db.execute(
        "UPDATE answers SET score = ?, band = ?, grade_json = ?, grader_version = ? WHERE id = ?",
        (new.score, new.band, _dump(new.grade), new.grader_version, new.answer_id),
    )
    saved: sqlite3.Row = db.execute(
        "SELECT * FROM answers WHERE id = ?", (new.answer_id,)
    ).fetchone()
    return saved


class AnswerQueries(StoreConnection):
    """Answers: recording them, reading them back, and re-grading them."""

    def record_answer(
        self,
        session_id: str,
        *,
        position: int,
        question: Question,
        answer: str,
        seconds: float,
        time_limit: int | None,
        timed_out: bool = False,
        skipped: bool = False,
        score: float | None = None,
        band: str | None = None,
        grade: Mapping[str, Any] | None = None,
        grader_version: str | None = None,
        hints_used: int = 0,
        clock: Clock | None = None,
    ) -> StoredAnswer:
        """Record a submitted answer and drop the session's draft, in one committed
        transaction. The grade may come now or later through `update_grade`.

        Args:
            position: the answer's 1-based place in the session (`SessionPlan.position`).
            question: the question answered; its canonical id, prompt, topic and level are kept.
            seconds: time taken, pauses excluded.
            grade: the grader's `Grade.to_dict()`.

        Raises:
            StoreError: the session is unknown, or already has an answer at `position`.
        """
        with self._write("save the answer") as db:
            known = db.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if known is None:
                raise StoreError(f"no session '{session_id}' in the history")
            taken = db.execute(
                "SELECT 1 FROM answers WHERE session_id = ? AND position = ?",
                (session_id, position),
            ).fetchone()
            if taken is not None:
                raise StoreError(f"session '{session_id}' already has an answer {position}")
            cursor = db.execute(
                "INSERT INTO answers (session_id, position, question_id, prompt, topic, level,"
                " answer, score, band, grade_json, seconds, time_limit, timed_out, skipped,"
                " submitted_at, grader_version, hints_used)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    session_id,
                    position,
                    question.id,
                    question.prompt,
                    question.topic,
                    question.level,
                    answer,
                    score,
                    band,
                    _dump(grade),
                    float(seconds),
                    time_limit,
                    int(timed_out),
                    int(skipped),
                    self._now(clock),
                    grader_version,
                    max(0, int(hints_used)),
                ),
            )
            db.execute("DELETE FROM drafts WHERE session_id = ?", (session_id,))
            row = db.execute("SELECT * FROM answers WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return self._convert(answer_from_row, row, "answer")

    def answers(self, session_id: str) -> list[StoredAnswer]:
        """A session's answers in the order they were given."""
        with self._read() as db:
            rows = db.execute(
                "SELECT * FROM answers WHERE session_id = ? ORDER BY position", (session_id,)
            ).fetchall()
        return self._convert_all(answer_from_row, rows, "answer")

    def answers_of_sessions(self, session_ids: list[str]) -> dict[str, list[StoredAnswer]]:
        """The answers of many sessions in one query: session id -> answers in order (a
        session without answers maps to an empty list)."""
        found: dict[str, list[StoredAnswer]] = {session_id: [] for session_id in session_ids}
        if not session_ids:
            return found
        unique = list(found)
        with self._read() as db:
            for start in range(0, len(unique), _IN_CHUNK):
                chunk = unique[start : start + _IN_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT * FROM answers WHERE session_id IN ({marks})"
                    " ORDER BY session_id, position",
                    chunk,
                ).fetchall()
                for row in rows:
                    found[row["session_id"]] += self._convert_all(answer_from_row, [row], "answer")
        return found

    def earlier_results(
        self, bank_id: str, before: StoredSession
    ) -> list[tuple[str, str, float | None, bool, bool, SessionConfig | None]]:
        """(session id, topic, score, skipped, session finished, session options: None when
        unreadable) of every answer in the bank's
        sessions of `before`'s mode (interview or practice: a practice session's retries and
        hints make its scores another measure, play25 E4) started no later than `before`
        (itself left out), newest session first, in one query. `skipped` is true for a skipped
        question that counts 0, not for one with no reference answer (band `self-rated`)."""
        with self._read() as db:
            rows = db.execute(
                "SELECT a.session_id, a.topic, a.score,"
                f" a.skipped AND coalesce(a.band, '') != '{SELF_RATED_BAND}',"
                " s.finished_at IS NOT NULL, s.config_json"
                " FROM answers a"
                " JOIN sessions s ON s.id = a.session_id"
                " WHERE s.bank_id = ? AND s.mode = ? AND s.id != ? AND s.started_at <= ?"
                " ORDER BY s.started_at DESC, s.rowid DESC, a.position",
                (bank_id, before.mode, before.id, before.started_at.isoformat()),
            ).fetchall()
        configs: dict[str, SessionConfig | None] = {}
        for r in rows:
            if r[0] not in configs:
                try:
                    configs[r[0]] = session_config(r[5])
                except (ValueError, TypeError, KeyError):  # a row edited by hand
                    configs[r[0]] = None
        return [(r[0], r[1], r[2], bool(r[3]), bool(r[4]), configs[r[0]]) for r in rows]

    def get_answer(self, answer_id: int) -> StoredAnswer | None:
        """One answer by its id, or None."""
        with self._read() as db:
            row = db.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
        return self._convert(answer_from_row, row, "answer") if row is not None else None

    def update_grade(
        self,
        answer_id: int,
        *,
        score: float | None,
        band: str,
        grade: Mapping[str, Any] | None,
        grader_version: str | None,
        clock: Clock | None = None,
    ) -> StoredAnswer:
        """Give an answer a new grade. An earlier grade moves to `grade_history` in the same
        transaction; an ungraded answer simply gets its first grade."""
        new = NewGrade(answer_id, score, band, grade, grader_version)
        return self.update_grades([new], clock=clock)[0]

    def update_grades(
        self, grades: Sequence[NewGrade], *, clock: Clock | None = None
    ) -> list[StoredAnswer]:
        """Give answers new grades, all in one transaction (`regrade` saves a session's
        this way): should one fail, none is saved and every answer keeps its grade. Each
        earlier grade moves to `grade_history`, as in `update_grade`.

        Raises:
            StoreError: an answer is unknown, or the history cannot be written (nothing saved).
        """
        when = self._now(clock)
        rows = []
        with self._write("save the grade" if len(grades) == 1 else "save the grades") as db:
            for new in grades:
                rows.append(_save_grade(db, new, when))
        return [self._convert(answer_from_row, row, "answer") for row in rows]

    def first_grade(
        self,
        answer_id: int,
        *,
        score: float,
        band: str,
        grade: Mapping[str, Any],
        grader_version: str,
    ) -> bool:
        """Give an answer saved ungraded its grade, unless another program graded it
        meanwhile (the same grader gives the same grade: the first one stored stays, and
        no grade history is made of it); whether this one was stored."""
        with self._write("save the grade") as db:
            cursor = db.execute(
                "UPDATE answers SET score = ?, band = ?, grade_json = ?, grader_version = ?"
                " WHERE id = ? AND score IS NULL AND band IS NULL AND grade_json IS NULL",
                (score, band, _dump(grade), grader_version, answer_id),
            )
            return cursor.rowcount == 1

    def grade_histories(self, session_id: str) -> dict[int, list[PastGrade]]:
        """The earlier grades of every answer of a session, in one query: answer id -> grades,
        oldest first (answers never re-graded are absent)."""
        found: dict[int, list[PastGrade]] = {}
        with self._read() as db:
            rows = db.execute(
                "SELECT g.* FROM grade_history g JOIN answers a ON a.id = g.answer_id"
                " WHERE a.session_id = ? ORDER BY g.id",
                (session_id,),
            ).fetchall()
        for row in rows:
            found.setdefault(row["answer_id"], []).append(past_grade_from_row(row))
        return found

    def grade_history(self, answer_id: int) -> list[PastGrade]:
        """An answer's earlier grades, oldest first (the current one is on the answer)."""
        with self._read() as db:
            rows = db.execute(
                "SELECT * FROM grade_history WHERE answer_id = ? ORDER BY id", (answer_id,)
            ).fetchall()
        return self._convert_all(past_grade_from_row, rows, "earlier grade")


def _dump(grade: Mapping[str, Any] | None) -> str | None:
    return json.dumps(dict(grade), sort_keys=True) if grade is not None else None
