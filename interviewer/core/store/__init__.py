"""The interview history: sessions, answers, grades and drafts in one SQLite file.

`Store.open(path)` gives the database; it hands out frozen records (`StoredSession`,
`StoredAnswer`, ...) converted from rows, never rows themselves.
"""

from __future__ import annotations

from .answers import NewGrade
from .connection import DEFAULT_BUSY_TIMEOUT
from .database import Store
from .export import history_json
from .failures import MEMORY
from .records import (
    APPEAL_GRADES,
    Appeal,
    Draft,
    PastGrade,
    Retry,
    StoredAnswer,
    StoredSession,
    mean_score,
    scores_mean,
    session_time_used,
    whole_score,
)
from .rows import (
    answer_from_row,
    appeal_from_row,
    draft_from_row,
    past_grade_from_row,
    retry_from_row,
    session_from_row,
)
from .schema import MIGRATIONS, SCHEMA_VERSION
from .sessions import unknown_session

__all__ = [
    "APPEAL_GRADES",
    "DEFAULT_BUSY_TIMEOUT",
    "MEMORY",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Appeal",
    "Draft",
    "NewGrade",
    "PastGrade",
    "Retry",
    "Store",
    "StoredAnswer",
    "StoredSession",
    "answer_from_row",
    "appeal_from_row",
    "draft_from_row",
    "history_json",
    "mean_score",
    "past_grade_from_row",
    "retry_from_row",
    "session_from_row",
    "scores_mean",
    "session_time_used",
    "unknown_session",
    "whole_score",
]
