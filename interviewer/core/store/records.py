"""What the store hands out: frozen records of sessions, answers, grades, drafts, appeals."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from math import fsum
from pathlib import Path
from typing import Any

from ..session import SessionConfig


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
    """Answers recorded, skipped ones included."""
    skipped_count: int = 0
    """Of `answer_count`, the questions skipped."""
    unanswered_count: int = 0
    """Of `answer_count`, the questions whose time ran out with nothing typed
    (`StoredAnswer.unanswered`): scored 0, and not counted as answered."""
    mean_score: float | None = None
    """Mean of the graded answers' scores (`mean_score`: one decimal, halves up); None when
    none is graded."""
    self_rating_total: int = 0
    """The sum of the self-ratings of its answers to questions with no reference answer (0 to
    5 each; they never enter `mean_score`)."""
    self_rating_count: int = 0
    """How many answers were self-rated."""
    time_used: float = 0.0
    """Seconds spent answering, pauses and dialogs excluded: the submitted answers' times plus
    the time already spent on the current draft. The one duration of a session that the report,
    `history` and the history screen all show."""
    bank_path: Path | None = None
    """The bank file the session was started from (absolute); None for sessions recorded
    before it was kept (schema 3 and earlier) and for banks not read from a file."""

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def self_rating_mean(self) -> float | None:
        """The mean of the self-ratings (as the report's Self-rated row takes it), or None."""
        return self.self_rating_total / self.self_rating_count if self.self_rating_count else None

    @property
    def answered_count(self) -> int:
        """Questions answered: skipped ones and unanswered ones (time ran out with nothing
        typed) left out."""
        return self.answer_count - self.skipped_count - self.unanswered_count


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
    damaged_text: bool = False
    """The stored answer held bytes that are not UTF-8 (a damaged file): `answer` shows them
    as U+FFFD, and re-grading leaves the answer's grade as it is."""

    @property
    def grade(self) -> dict[str, Any] | None:
        """The grade as the grader's `Grade.to_dict()` gave it, or None until graded."""
        return json.loads(self.grade_json) if self.grade_json is not None else None

    @property
    def unanswered(self) -> bool:
        """Time ran out with nothing typed (`left_unanswered`)."""
        return left_unanswered(self.answer, timed_out=self.timed_out, skipped=self.skipped)


BLANK_CHARACTERS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""The characters Python counts as white space (`str.isspace`), which type nothing."""

_BLANK_SQL = f"char({', '.join(str(ord(c)) for c in BLANK_CHARACTERS)})"


def left_unanswered(answer: str, *, timed_out: bool, skipped: bool) -> bool:
    """The one rule for an unanswered question (play28 minor 5): its time ran out with
    nothing typed (white space only). It is scored 0 like any blank answer, but every screen,
    report, listing and export counts it apart from the answered ones, as "unanswered (timed
    out)"; a skipped question is counted as skipped, not here."""
    return timed_out and not skipped and not answer.strip(BLANK_CHARACTERS)


UNANSWERED_SQL = (
    "CASE WHEN a.timed_out AND NOT a.skipped THEN"
    f" (SELECT trim(t.answer, {_BLANK_SQL}) = '' FROM answers t WHERE t.id = a.id)"
    " ELSE 0 END"
)
"""`left_unanswered` of the answer row `a`, for a query that counts them. Only a timed-out
answer's text is read (the rest stays on the `answers_summary` index, schema 6)."""

SELF_RATING_SQL = (
    "CASE WHEN a.score IS NULL THEN (SELECT CASE WHEN t.band = 'self-rated'"
    " AND json_valid(t.grade_json) THEN CASE WHEN json_type(t.grade_json, '$.self_rating')"
    " = 'integer' AND json_extract(t.grade_json, '$.self_rating') BETWEEN 0 AND 5"
    " THEN json_extract(t.grade_json, '$.self_rating') END END"
    " FROM answers t WHERE t.id = a.id) END"
)
"""The self-rating of the answer row `a` (`stored_self_rating` of its grade: 0 to 5, or NULL),
for a query that sums them. Only an answer with no score is read (a self-rated one has none;
the rest stays on the `answers_summary` index), and a grade that is not JSON reads NULL."""


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
    grade_json: str | None = None
    """The retry's whole grade; None for a retry kept before schema 5 (score and band only)."""

    @property
    def grade(self) -> dict[str, Any] | None:
        """The grade as the grader's `Grade.to_dict()` gave it, or None (see `grade_json`)."""
        return json.loads(self.grade_json) if self.grade_json is not None else None


APPEAL_GRADES = range(0, 6)
"""The candidate's grade scale: 0 to 5."""


def session_time_used(session: StoredSession) -> float:
    """The one duration of a session (seconds, one decimal): time spent answering, pauses and
    dialogs excluded, the current draft's time included. The report, `history`,
    `history --json` and the history screen all show this."""
    return round(session.time_used, 1)


def mean_score(scores: Iterable[float]) -> float | None:
    """The mean of `scores` to one decimal, halves rounded up; None when there are none.

    A session's score, a topic's or a level's average: the report, `history`, both JSON
    exports and the history screen all show this value, and a whole number shown for it is
    this value rounded once more (`format_score`), so 39.47 reads 39.5 and 40 everywhere.
    """
    present = list(scores)
    return scores_mean(fsum(present), len(present))


def scores_mean(total: float | None, count: int | None) -> float | None:
    """`mean_score` from a sum and a count (as SQL gives them). The sum is taken to 6
    decimals first: scores carry one, and a sum added up in another order differs only in
    its last bits, which must not tip a half one way or the other."""
    if not count or total is None:
        return None
    exact = Decimal(repr(round(float(total), 6))) / int(count)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def whole_score(score: float) -> int:
    """A score as a whole number, halves rounded up (39.5 -> 40, 38.5 -> 39), as a reader
    rounds the one decimal the JSON shows."""
    return int(Decimal(repr(float(score))).quantize(Decimal(1), rounding=ROUND_HALF_UP))
