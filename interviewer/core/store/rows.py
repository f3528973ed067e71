"""Row converters: `sqlite3.Row` -> the store's records, with checks for hand-edited rows."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from ..session import SessionConfig
from .records import (
    Appeal,
    Draft,
    PastGrade,
    Retry,
    StoredAnswer,
    StoredSession,
    scores_mean,
)


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _grade_json(text: str | None) -> str | None:
    """`text` checked to hold a JSON object (or None), so reading the grade later cannot fail."""
    if text is not None and not isinstance(json.loads(text), dict):
        raise ValueError("the grade is not a JSON object")
    return text


class MendedText(str):
    """Stored text whose bytes were not valid UTF-8, read with U+FFFD in place of the bytes
    that could not be decoded (a damaged row keeps the rest readable)."""


def read_text(data: bytes) -> str:
    """The connection's `text_factory`: stored text as UTF-8, or MendedText when some bytes
    are not UTF-8, so one damaged row never fails a whole query (play27 #6)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return MendedText(data.decode("utf-8", "replace"))


DAMAGE = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError)
"""What a converter raises on a row edited by hand (bad JSON, a bad timestamp, a wrong type)."""


def session_from_row(row: sqlite3.Row) -> StoredSession:
    """A StoredSession from a `sessions` row (optionally with answer_count and the score's
    score_total and score_count)."""
    keys = row.keys()
    return StoredSession(
        id=row["id"],
        bank_id=row["bank_id"],
        bank_version=row["bank_version"],
        mode=row["mode"],
        config=session_config(row["config_json"]),
        started_at=_time(row["started_at"]),
        finished_at=_time(row["finished_at"]) if row["finished_at"] else None,
        paused_seconds=float(row["paused_seconds"]),
        level_reached=row["level_reached"],
        answer_count=int(row["answer_count"]) if "answer_count" in keys else 0,
        skipped_count=int(row["skipped_count"] or 0) if "skipped_count" in keys else 0,
        unanswered_count=int(row["unanswered_count"] or 0) if "unanswered_count" in keys else 0,
        mean_score=scores_mean(row["score_total"], row["score_count"])
        if "score_total" in keys
        else None,
        self_rating_total=int(row["rating_total"] or 0) if "rating_total" in keys else 0,
        self_rating_count=int(row["rating_count"] or 0) if "rating_count" in keys else 0,
        time_used=float(row["time_used"] or 0.0) if "time_used" in keys else 0.0,
        bank_path=Path(row["bank_path"]) if "bank_path" in keys and row["bank_path"] else None,
    )


def session_config(text: str) -> SessionConfig:
    """A session's options from its stored `config_json`."""
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
        damaged_text=isinstance(row["answer"], MendedText),
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
        grade_json=_grade_json(row["grade_json"]),
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
