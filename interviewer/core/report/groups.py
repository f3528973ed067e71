"""Scores by group (level, topic), the level an adaptive session reached, and the strongest
and weakest topics of a report."""

from __future__ import annotations

from collections.abc import Sequence

from ..bank import LEVELS
from ..grading import PASS_CUTOFF, band_for
from ..session import answer_outcome
from ..store import Store, StoredAnswer, StoredSession
from .compare import rounded_mean
from .formatting import all_skipped
from .model import GroupScore, QuestionReport
from .pending import answer_points


def group_scores(
    questions: Sequence[QuestionReport], key: str, title_of: dict[str, str]
) -> list[GroupScore]:
    """The average, band and counts of each group of questions sharing `key` (level, topic)."""
    members: dict[str, list[QuestionReport]] = {}
    for question in questions:
        members.setdefault(getattr(question, key), []).append(question)
    rows = []
    for group_id, items in members.items():
        average = rounded_mean(q.score for q in items)
        rows.append(
            GroupScore(
                id=group_id,
                title=title_of.get(group_id, group_id),
                average=average,
                band=band_for(average) if average is not None else None,
                count=len(items),
                skipped=sum(q.skipped and q.score is not None for q in items),
                self_rated=sum(q.self_rating is not None for q in items),
                unscored=sum(q.skipped and q.score is None for q in items),
            )
        )
    return rows


def levels_so_far(store: Store, sessions: Sequence[StoredSession]) -> dict[str, str]:
    """Session id -> the level an unfinished adaptive session has held so far, as its report
    says it (`Level reached`), for the listings of sessions; one query for them all."""
    open_ones = [s.id for s in sessions if s.config.adaptive and not s.level_reached]
    found = store.answers_of_sessions(open_ones) if open_ones else {}
    return {sid: level for sid, answers in found.items() if (level := derived_level(answers))}


def derived_level(answers: Sequence[StoredAnswer]) -> str | None:
    """The highest level with an answer that passed (strong or adequate); None when none did."""
    held = {
        a.level
        for a in answers
        if answer_outcome(answer_points(a), a.band) in ("strong", "adequate")
    }
    reached = [level for level in LEVELS if level in held]
    return reached[-1] if reached else None


def strong_and_weak(topics: Sequence[GroupScore]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The best and worst topics by average; none when fewer than two topics were scored (a
    lone topic at 34 is no one's "strongest"). A strongest topic passed and a weakest one did
    not: in a session where every topic scored under passing, a topic at 9 was told as
    "Strongest" (ux35), and in one where all passed, none is "weakest". A topic whose every
    question was skipped is neither: its 0 is not one the candidate earned (play50), and
    "What to do next" already says "You skipped it"."""
    ranked = [(t.id, t.average) for t in topics if t.average is not None and not all_skipped(t)]
    if len(ranked) < 2:
        return (), ()
    size = max(1, min(2, len(ranked) // 2))
    strongest = tuple(id_ for id_, average in ranked[:size] if average >= PASS_CUTOFF)
    weakest = tuple(id_ for id_, average in reversed(ranked[-size:]) if average < PASS_CUTOFF)
    return strongest, weakest


def level_index(level: str) -> int:
    """Where `level` stands in LEVELS, for sorting; an unknown level comes last."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)
