"""The session plan: which question comes next, level by level, and how long each may take.

One module per idea: config.py (the options chosen before a session starts), plan.py (which
question next, levels and adaptive steps), timing.py (each question's time limit and the
countdown that keeps to it), progress.py (how many questions a session planned and answered,
in the words every screen uses, and the notices about unfinished sessions), kind.py (which
sessions measure the same thing, for trends and comparisons).
"""

from __future__ import annotations

from .config import MODES, SessionConfig, SessionError
from .kind import SessionKind
from .plan import (
    PASS_SCORE,
    STRONG_SCORE,
    Outcome,
    SessionPlan,
    answer_outcome,
    split_across_levels,
)
from .progress import (
    answer_counts,
    clamp_notice,
    planned_count,
    questions_text,
    ratings_pending,
    session_progress,
    session_status,
    short_progress,
    unfinished_notice,
)
from .timing import DEFAULT_TIME_LIMITS, QuestionTimer, time_limit_for

__all__ = [
    "DEFAULT_TIME_LIMITS",
    "MODES",
    "PASS_SCORE",
    "STRONG_SCORE",
    "Outcome",
    "QuestionTimer",
    "SessionConfig",
    "SessionError",
    "SessionKind",
    "SessionPlan",
    "answer_counts",
    "answer_outcome",
    "clamp_notice",
    "planned_count",
    "questions_text",
    "ratings_pending",
    "session_progress",
    "session_status",
    "short_progress",
    "split_across_levels",
    "time_limit_for",
    "unfinished_notice",
]
