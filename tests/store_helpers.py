"""Helpers for tests of the history database (`interviewer.core.store`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from interviewer.core.session import SessionConfig
from interviewer.core.store import MIGRATIONS

if TYPE_CHECKING:
    from interviewer.core.bank import Bank, Question
    from interviewer.core.grading import Grade
    from interviewer.core.store import Store, StoredAnswer


def old_history(path: Path, version: int) -> sqlite3.Connection:
    """A raw history database at schema `version` (its first `version` migrations applied),
    open for the rows a test adds; the caller commits and closes it."""
    raw = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        for statement in step:
            raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {version}")
    return raw


def record_graded(
    store: Store,
    session_id: str,
    position: int,
    question: Question,
    answer: str,
    graded: Grade,
    *,
    seconds: float = 60.0,
    time_limit: int | None = None,
) -> StoredAnswer:
    """`answer` to `question` recorded at `position` of the session with its grade `graded`,
    as a session stores an answer once graded."""
    return store.record_answer(
        session_id,
        position=position,
        question=question,
        answer=answer,
        seconds=seconds,
        time_limit=time_limit,
        score=graded.score,
        band=graded.band,
        grade=graded.to_dict(),
        grader_version=graded.grader_version,
    )


def answered_sessions(
    store: Store, bank: Bank, count: int, answer: str = "An answer."
) -> list[str]:
    """`count` sessions of the mini bank (two questions planned), each with mini-001 answered
    (`answer`, 50 adequate, grader "x"): the real history the store-damage tests damage. Their
    ids, oldest first."""
    ids = []
    for _ in range(count):
        session = store.create_session(SessionConfig(bank_id="mini", count=2), bank)
        store.record_answer(
            session.id, position=1, question=bank.get("mini-001"), answer=answer,
            seconds=10, time_limit=60, score=50.0, band="adequate",
            grade={"score": 50.0, "band": "adequate"}, grader_version="x",
        )  # fmt: skip
        ids.append(session.id)
    return ids
