"""The interview history: sessions, answers, grades and drafts in one SQLite file."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from ..paths import DATA_DIR_ENV
from .bank import Bank, Question
from .clock import Clock, SystemClock
from .errors import StoreError
from .session import SessionConfig

T = TypeVar("T")

MEMORY = ":memory:"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 -> 1: the first schema.
    (
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            bank_id TEXT NOT NULL,
            bank_version TEXT NOT NULL,
            mode TEXT NOT NULL,
            config_json TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            paused_seconds REAL NOT NULL DEFAULT 0,
            level_reached TEXT
        )""",
        "CREATE INDEX sessions_by_bank ON sessions (bank_id, started_at)",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        """CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id TEXT NOT NULL,
            prompt TEXT NOT NULL,
            topic TEXT NOT NULL,
            level TEXT NOT NULL,
            answer TEXT NOT NULL,
            score REAL,
            band TEXT,
            grade_json TEXT,
            seconds REAL NOT NULL,
            time_limit INTEGER,
            timed_out INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            submitted_at TEXT NOT NULL,
            grader_version TEXT,
            UNIQUE (session_id, position)
        )""",
        "CREATE INDEX answers_by_question ON answers (question_id)",
        """CREATE TABLE grade_history (
            id INTEGER PRIMARY KEY,
            answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
            score REAL,
            band TEXT,
            grade_json TEXT,
            grader_version TEXT,
            regraded_at TEXT NOT NULL
        )""",
        "CREATE INDEX grade_history_by_answer ON grade_history (answer_id)",
        """CREATE TABLE drafts (
            session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            text TEXT NOT NULL,
            seconds_used REAL NOT NULL,
            saved_at TEXT NOT NULL
        )""",
    ),
    # 1 -> 2: hints used on an answer, the candidate's appeals and practice retries.
    (
        "ALTER TABLE answers ADD COLUMN hints_used INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE appeals (
            answer_id INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
            candidate_grade INTEGER NOT NULL CHECK (candidate_grade BETWEEN 0 AND 5),
            note TEXT NOT NULL,
            appealed_at TEXT NOT NULL
        )""",
        """CREATE TABLE retries (
            id INTEGER PRIMARY KEY,
            answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
            answer TEXT NOT NULL,
            score REAL,
            band TEXT,
            grader_version TEXT,
            retried_at TEXT NOT NULL
        )""",
        "CREATE INDEX retries_by_answer ON retries (answer_id)",
    ),
    # 2 -> 3: what the history and the reports sum up of answers, in an index of its own: the
    # answers' rows (their long grade_json before `seconds`) are not read for it.
    (
        "CREATE INDEX answers_summary ON answers"
        " (session_id, position, score, seconds, topic, skipped)",
    ),
)
"""`MIGRATIONS[n]` takes a database from schema version n to n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema this program writes, kept in `PRAGMA user_version`."""

DEFAULT_BUSY_TIMEOUT = 5.0

_IN_CHUNK = 500
"""Ids per `IN (...)` query: well under SQLite's oldest limit on parameters (999)."""


# ---------------------------------------------------------------------------------------------
# What the store hands out


@dataclass(frozen=True)
class StoredSession:
    """One interview session as recorded, with a summary of its answers."""

    id: str
    bank_id: str
    bank_version: str
    mode: str
    config: SessionConfig
    """The options the session ran with, seed included: enough to replay its plan."""
    started_at: datetime
    finished_at: datetime | None
    paused_seconds: float
    level_reached: str | None
    answer_count: int = 0
    mean_score: float | None = None
    """Mean of the graded answers' scores; None when none is graded."""
    time_used: float = 0.0
    """Seconds spent answering, pauses and dialogs excluded: the submitted answers' times plus
    the time already spent on the current draft. The one duration of a session that the report,
    `history` and the history screen all show."""

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class StoredAnswer:
    """One submitted (or skipped, or timed-out) answer and its current grade."""

    id: int
    session_id: str
    position: int
    """1-based place in the session."""
    question_id: str
    """Canonical id of the question."""
    prompt: str
    topic: str
    level: str
    answer: str
    score: float | None
    """None until graded."""
    band: str | None
    grade_json: str | None
    seconds: float
    """Time taken, pauses excluded."""
    time_limit: int | None
    timed_out: bool
    skipped: bool
    submitted_at: datetime
    grader_version: str | None
    hints_used: int = 0
    """Hints revealed before the answer was submitted (practice mode)."""

    @property
    def grade(self) -> dict[str, Any] | None:
        """The grade as the grader's `Grade.to_dict()` gave it, or None until graded."""
        return json.loads(self.grade_json) if self.grade_json is not None else None


@dataclass(frozen=True)
class PastGrade:
    """A grade an answer had before it was re-graded."""

    id: int
    answer_id: int
    score: float | None
    band: str | None
    grade_json: str | None
    grader_version: str | None
    regraded_at: datetime
    """When this grade was replaced."""

    @property
    def grade(self) -> dict[str, Any] | None:
        return json.loads(self.grade_json) if self.grade_json is not None else None


@dataclass(frozen=True)
class Draft:
    """The unsubmitted text of a session's current question, saved every few seconds."""

    session_id: str
    question_id: str
    text: str
    seconds_used: float
    """Time already spent on the question, pauses excluded."""
    saved_at: datetime


@dataclass(frozen=True)
class Appeal:
    """The candidate's disagreement with a grade: their own grade and why."""

    answer_id: int
    candidate_grade: int
    """0 (nothing right) to 5 (a model answer), on the candidate's own scale."""
    note: str
    appealed_at: datetime


@dataclass(frozen=True)
class Retry:
    """Another try at a question in practice mode, graded but not counted in the session."""

    id: int
    answer_id: int
    """The session's answer to the question (the first try, which keeps its score)."""
    answer: str
    score: float | None
    band: str | None
    grader_version: str | None
    retried_at: datetime


APPEAL_GRADES = range(0, 6)
"""The candidate's grade scale: 0 to 5."""


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _grade_json(text: str | None) -> str | None:
    """`text` checked to hold a JSON object (or None), so reading the grade later cannot fail."""
    if text is not None and not isinstance(json.loads(text), dict):
        raise ValueError("the grade is not a JSON object")
    return text


_DAMAGE = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError)
"""What a converter raises on a row edited by hand (bad JSON, a bad timestamp, a wrong type)."""


def session_from_row(row: sqlite3.Row) -> StoredSession:
    """A StoredSession from a `sessions` row (optionally with answer_count and mean_score)."""
    keys = row.keys()
    return StoredSession(
        id=row["id"],
        bank_id=row["bank_id"],
        bank_version=row["bank_version"],
        mode=row["mode"],
        config=_config(row["config_json"]),
        started_at=_time(row["started_at"]),
        finished_at=_time(row["finished_at"]) if row["finished_at"] else None,
        paused_seconds=float(row["paused_seconds"]),
        level_reached=row["level_reached"],
        answer_count=int(row["answer_count"]) if "answer_count" in keys else 0,
        mean_score=row["mean_score"] if "mean_score" in keys else None,
        time_used=float(row["time_used"] or 0.0) if "time_used" in keys else 0.0,
    )


def session_time_used(session: StoredSession) -> float:
    """The one duration of a session (seconds, one decimal): time spent answering, pauses and
    dialogs excluded, the current draft's time included. The report, `history`,
    `history --json` and the history screen all show this."""
    return round(session.time_used, 1)


def _config(text: str) -> SessionConfig:
    values = json.loads(text)
    if not isinstance(values, dict):
        raise ValueError("the config is not a JSON object")
    return SessionConfig.from_dict(values)


def answer_from_row(row: sqlite3.Row) -> StoredAnswer:
    """A StoredAnswer from an `answers` row."""
    return StoredAnswer(
        id=row["id"],
        session_id=row["session_id"],
        position=row["position"],
        question_id=row["question_id"],
        prompt=row["prompt"],
        topic=row["topic"],
        level=row["level"],
        answer=row["answer"],
        score=row["score"],
        band=row["band"],
        grade_json=_grade_json(row["grade_json"]),
        seconds=float(row["seconds"]),
        time_limit=row["time_limit"],
        timed_out=bool(row["timed_out"]),
        skipped=bool(row["skipped"]),
        submitted_at=_time(row["submitted_at"]),
        grader_version=row["grader_version"],
        hints_used=int(row["hints_used"]),
    )


def past_grade_from_row(row: sqlite3.Row) -> PastGrade:
    """A PastGrade from a `grade_history` row."""
    return PastGrade(
        id=row["id"],
        answer_id=row["answer_id"],
        score=row["score"],
        band=row["band"],
        grade_json=_grade_json(row["grade_json"]),
        grader_version=row["grader_version"],
        regraded_at=_time(row["regraded_at"]),
    )


def appeal_from_row(row: sqlite3.Row) -> Appeal:
    """An Appeal from an `appeals` row."""
    return Appeal(
        answer_id=row["answer_id"],
        candidate_grade=int(row["candidate_grade"]),
        note=row["note"],
        appealed_at=_time(row["appealed_at"]),
    )


def retry_from_row(row: sqlite3.Row) -> Retry:
    """A Retry from a `retries` row."""
    return Retry(
        id=row["id"],
        answer_id=row["answer_id"],
        answer=row["answer"],
        score=row["score"],
        band=row["band"],
        grader_version=row["grader_version"],
        retried_at=_time(row["retried_at"]),
    )


def draft_from_row(row: sqlite3.Row) -> Draft:
    """A Draft from a `drafts` row."""
    return Draft(
        session_id=row["session_id"],
        question_id=row["question_id"],
        text=row["text"],
        seconds_used=float(row["seconds_used"]),
        saved_at=_time(row["saved_at"]),
    )


# ---------------------------------------------------------------------------------------------
# Errors a user can act on


def _way_out(path: str, *, kept: bool) -> str:
    advice = f"use --data-dir DIR or set {DATA_DIR_ENV} to start a new history elsewhere"
    if kept:
        advice += f"; your old file is kept at {path}"
    return advice


def _explain(path: str, err: sqlite3.Error, doing: str) -> StoreError:
    """A StoreError naming the file, what went wrong, and the way out."""
    text = str(err).lower()
    exists = path != MEMORY and Path(path).exists()
    if "locked" in text or "busy" in text:
        what = (
            "it is locked by another program "
            "(is another interviewer running?); close it and try again, or "
        )
        return StoreError(f"{path}: cannot {doing}: {what}{_way_out(path, kept=exists)}")
    if isinstance(err, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        return StoreError(
            f"{path}: cannot {doing}: it is damaged ({err}); {_way_out(path, kept=exists)}"
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError(
            f"{path}: cannot {doing}: the file or its folder is not writable ({err}); "
            f"{_way_out(path, kept=exists)}"
        )
    if "disk" in text and "full" in text:
        return StoreError(f"{path}: cannot {doing}: the disk is full; free some space")
    return StoreError(f"{path}: cannot {doing}: {err}; {_way_out(path, kept=exists)}")


# ---------------------------------------------------------------------------------------------
# The store


class Store:
    """The history database. Open it with `Store.open(path)`; every write is one transaction,
    committed before the method returns. Safe to share between the UI and a worker thread.
    """

    def __init__(self, connection: sqlite3.Connection, path: str, clock: Clock) -> None:
        self._db = connection
        self.path = path
        """The database file, or ':memory:'."""
        self.clock = clock
        """Where timestamps come from unless a method is given another clock."""
        self._lock = threading.RLock()
        self.warnings: list[str] = []
        """Rows skipped because they cannot be read (edited by hand), one message each."""

    def _convert(self, convert: Callable[[sqlite3.Row], T], row: sqlite3.Row, kind: str) -> T:
        """`convert(row)`, or StoreError naming the damaged row."""
        try:
            return convert(row)
        except _DAMAGE as err:
            keys = row.keys()
            key = row["id"] if "id" in keys else row["session_id"] if "session_id" in keys else "?"
            reason = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
            raise StoreError(
                f"{self.path}: {kind} '{key}' cannot be read ({reason}); "
                "the row was probably edited by hand"
            ) from None

    def _convert_all(
        self, convert: Callable[[sqlite3.Row], T], rows: Iterable[sqlite3.Row], kind: str
    ) -> list[T]:
        """Every row converted; damaged ones skipped, each with a message in `warnings`."""
        result = []
        for row in rows:
            try:
                result.append(self._convert(convert, row, kind))
            except StoreError as err:
                self.warnings.append(f"warning: {err}; skipped")
        return result

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        clock: Clock | None = None,
        timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> Store:
        """Open (creating if needed) the history at `path` and bring its schema up to date.

        Args:
            path: the database file (its folder is created), or ':memory:'.
            clock: source of stored timestamps; the system clock by default.
            timeout: seconds to wait for another program's lock before giving up.

        Raises:
            StoreError: the folder cannot be created, or the file is not a database, is
                damaged, is locked, cannot be written, or was written by a newer program.
        """
        where = str(path)
        if where != MEMORY:
            folder = Path(path).expanduser().parent
            where = str(Path(path).expanduser())
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                reason = err.strerror or str(err)
                raise StoreError(
                    f"{folder}: cannot create the data folder ({reason}); "
                    f"{_way_out(where, kept=False)}"
                ) from None
            if Path(where).is_dir():
                raise StoreError(
                    f"{where}: is a folder, not a history database; {_way_out(where, kept=False)}"
                )
        try:
            connection = sqlite3.connect(
                where, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as err:
            raise _explain(where, err, "open the history database") from None
        connection.row_factory = sqlite3.Row
        store = cls(connection, where, clock or SystemClock())
        try:
            store._prepare(timeout)
        except sqlite3.Error as err:
            connection.close()
            raise _explain(where, err, "open the history database") from None
        except StoreError:
            connection.close()
            raise
        return store

    def _prepare(self, timeout: float) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        db.execute("PRAGMA foreign_keys = ON")
        # Reading the schema surfaces a file that is not a database, or is damaged.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = db.execute("PRAGMA user_version").fetchone()[0]
        self._refuse_newer(version)
        if self.path != MEMORY:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError("database is locked (cannot switch to WAL)")
        # FULL makes a commit survive power loss too, not only a killed process.
        db.execute("PRAGMA synchronous = FULL")
        if version < SCHEMA_VERSION:
            self._migrate()

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this history was written by a newer interviewer (schema "
                f"{version}; this program knows up to {SCHEMA_VERSION}); upgrade interviewer, "
                f"or {_way_out(self.path, kept=True)}"
            )

    def _migrate(self) -> None:
        with self._write():
            # Read again inside the write lock: another process may have migrated meanwhile.
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            self._refuse_newer(version)
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step]:
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the file."""
        with self._read("read the schema version"):
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the database; further use raises StoreError."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def _write(self, doing: str = "save to the history database") -> Iterator[sqlite3.Connection]:
        """One write transaction, committed on leaving, rolled back on any error."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.ProgrammingError as err:
                raise StoreError(f"{self.path}: the history database is closed") from err
            except sqlite3.Error as err:
                raise _explain(self.path, err, doing) from None
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as err:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                if isinstance(err, sqlite3.Error):
                    raise _explain(self.path, err, doing) from None
                raise

    @contextmanager
    def _read(self, doing: str = "read the history database") -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.ProgrammingError as err:
                raise StoreError(f"{self.path}: the history database is closed") from err
            except sqlite3.Error as err:
                raise _explain(self.path, err, doing) from None

    def _now(self, clock: Clock | None) -> str:
        return (clock or self.clock).now().isoformat()

    # -- sessions -----------------------------------------------------------------------------

    def create_session(
        self, config: SessionConfig, bank: Bank, clock: Clock | None = None
    ) -> StoredSession:
        """Record a new session. A config without a seed gets one, so the session can be
        replayed: build the `SessionPlan` from the returned session's `config`."""
        config = config.with_seed()
        session_id = uuid.uuid4().hex
        with self._write("start a session") as db:
            db.execute(
                "INSERT INTO sessions (id, bank_id, bank_version, mode, config_json, started_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    bank.id,
                    bank.version,
                    config.mode,
                    json.dumps(config.to_dict(), sort_keys=True),
                    self._now(clock),
                ),
            )
        session = self.get_session(session_id)
        assert session is not None
        return session

    _SESSION_QUERY = (
        "SELECT s.*, count(a.id) AS answer_count, avg(a.score) AS mean_score,"
        " coalesce(sum(a.seconds), 0) + coalesce(max(d.seconds_used), 0) AS time_used"
        " FROM sessions s LEFT JOIN answers a ON a.session_id = s.id"
        " LEFT JOIN drafts d ON d.session_id = s.id"
    )

    def get_session(self, session_id: str) -> StoredSession | None:
        """The session with this id, or with this unique id prefix (4+ characters), or None.

        Raises:
            StoreError: the prefix matches more than one session.
        """
        with self._read() as db:
            row = db.execute(
                f"{self._SESSION_QUERY} WHERE s.id = ? GROUP BY s.id", (session_id,)
            ).fetchone()
            if row is None and len(session_id) >= 4:
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
        return [session_from_row(row) for row in rows]

    def close_session(self, session_id: str, clock: Clock | None = None) -> StoredSession:
        """Close an unfinished session for good, as it stands: its answers are kept, its draft
        goes, and it is no longer offered for resuming (its report says it was closed early).

        Raises:
            StoreError: no session has this id (or unique prefix), or it is already finished.
        """
        session = self.get_session(session_id)
        if session is None:
            raise StoreError(f"no session '{session_id}' in the history")
        if session.finished:
            raise StoreError(f"session {session.id[:8]} is already finished")
        return self.finish_session(session.id, None, clock)

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
            raise StoreError(f"no session '{session_id}' in the history")

    # -- answers ------------------------------------------------------------------------------

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
    ) -> list[tuple[str, str, float | None, bool]]:
        """(session id, topic, score, skipped) of every answer in the bank's sessions started
        no later than `before` (itself left out), newest session first, in one query."""
        with self._read() as db:
            rows = db.execute(
                "SELECT a.session_id, a.topic, a.score, a.skipped FROM answers a"
                " JOIN sessions s ON s.id = a.session_id"
                " WHERE s.bank_id = ? AND s.id != ? AND s.started_at <= ?"
                " ORDER BY s.started_at DESC, s.rowid DESC, a.position",
                (bank_id, before.id, before.started_at.isoformat()),
            ).fetchall()
        return [(r[0], r[1], r[2], bool(r[3])) for r in rows]

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
        with self._write("save the grade") as db:
            row = db.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
            if row is None:
                raise StoreError(f"no answer {answer_id} in the history")
            if row["score"] is not None or row["grade_json"] is not None:
                db.execute(
                    "INSERT INTO grade_history (answer_id, score, band, grade_json,"
                    " grader_version, regraded_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        answer_id,
                        row["score"],
                        row["band"],
                        row["grade_json"],
                        row["grader_version"],
                        self._now(clock),
                    ),
                )
            db.execute(
                "UPDATE answers SET score = ?, band = ?, grade_json = ?, grader_version = ?"
                " WHERE id = ?",
                (score, band, _dump(grade), grader_version, answer_id),
            )
            row = db.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
        return self._convert(answer_from_row, row, "answer")

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

    # -- appeals and retries ------------------------------------------------------------------

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
        clock: Clock | None = None,
    ) -> Retry:
        """Keep another try at an answered question (practice mode); the answer keeps its
        score."""
        with self._write("save the retry") as db:
            if db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone() is None:
                raise StoreError(f"no answer {answer_id} in the history")
            cursor = db.execute(
                "INSERT INTO retries (answer_id, answer, score, band, grader_version, retried_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (answer_id, answer, score, band, grader_version, self._now(clock)),
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

    # -- drafts -------------------------------------------------------------------------------

    def save_draft(
        self,
        session_id: str,
        question_id: str,
        text: str,
        seconds_used: float,
        clock: Clock | None = None,
    ) -> None:
        """Replace the session's draft with this text of the current question."""
        with self._write("save the draft") as db:
            db.execute(
                "INSERT OR REPLACE INTO drafts (session_id, question_id, text, seconds_used,"
                " saved_at) VALUES (?, ?, ?, ?, ?)",
                (session_id, question_id, text, float(seconds_used), self._now(clock)),
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


def _dump(grade: Mapping[str, Any] | None) -> str | None:
    return json.dumps(dict(grade), sort_keys=True) if grade is not None else None


def history_json(store: Store) -> list[dict[str, Any]]:
    """Every session, newest first, as `interviewer history --json` prints it."""
    result = []
    appeals = store.appeals()
    sessions = store.list_sessions()
    answers_of = store.answers_of_sessions([s.id for s in sessions])
    for session in sessions:
        answers = answers_of[session.id]
        scores = [a.score for a in answers if a.score is not None]
        result.append(
            {
                "id": session.id,
                "bank": session.bank_id,
                "mode": session.mode,
                "started_at": session.started_at.isoformat(),
                "finished": session.finished,
                "score": sum(scores) / len(scores) if scores else None,
                "time_used": session_time_used(session),
                "answers": [
                    {
                        "question_id": a.question_id,
                        "answer": a.answer,
                        "score": a.score,
                        "band": a.band,
                        "seconds": a.seconds,
                        "timed_out": a.timed_out,
                        "skipped": a.skipped,
                        "hints_used": a.hints_used,
                        "appeal": _appeal_json(appeals.get(a.id)),
                    }
                    for a in answers
                ],
            }
        )
    return result


def _appeal_json(appeal: Appeal | None) -> dict[str, Any] | None:
    if appeal is None:
        return None
    return {
        "grade": appeal.candidate_grade,
        "note": appeal.note,
        "appealed_at": appeal.appealed_at.isoformat(),
    }
