"""The history as `interviewer history --json` prints it."""

from __future__ import annotations

import json
from typing import Any

from ..self_rating import SELF_RATED_BAND, rating_text, stored_self_rating
from ..session import session_status
from .database import Store
from .records import Appeal, StoredAnswer, StoredSession, mean_score, session_time_used


def history_json(store: Store, sessions: list[StoredSession] | None = None) -> list[dict[str, Any]]:
    """Every session (or those of `sessions`, already read), newest first, as `interviewer
    history --json` prints it."""
    result = []
    appeals = store.appeals()
    if sessions is None:
        sessions = store.list_sessions()
    answers_of = store.answers_of_sessions([s.id for s in sessions])
    for session in sessions:
        answers = answers_of[session.id]
        result.append(
            {
                "id": session.id,
                "bank": session.bank_id,
                "mode": session.mode,
                "started_at": session.started_at.isoformat(),
                "finished": session.finished,
                "status": session_status(session),
                "answered": session.answered_count,
                "skipped": session.skipped_count,
                "unanswered": session.unanswered_count,
                "score": mean_score(a.score for a in answers if a.score is not None),
                "self_rating": _mean_rating(answers),
                "time_used": session_time_used(session),
                "answers": [
                    {
                        "question_id": a.question_id,
                        "answer": a.answer,
                        "score": a.score,
                        "band": "skipped"
                        if a.skipped
                        else "unanswered"
                        if a.unanswered
                        else a.band,
                        "self_rating": _self_rating(a),
                        "seconds": a.seconds,
                        "timed_out": a.timed_out,
                        "skipped": a.skipped,
                        "unanswered": a.unanswered,
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


def _self_rating(answer: StoredAnswer) -> int | None:
    """The candidate's own rating (0-5) of an answer to a question with no reference answer."""
    if answer.band != SELF_RATED_BAND or not answer.grade_json:
        return None
    try:
        return stored_self_rating(json.loads(answer.grade_json))
    except ValueError:
        return None


def _mean_rating(answers: list[StoredAnswer]) -> float | None:
    """The mean of the session's self-ratings, one decimal as its report's Self-rated row
    says it (`rating_text`), or None."""
    ratings = [r for r in map(_self_rating, answers) if r is not None]
    return float(rating_text(sum(ratings) / len(ratings))) if ratings else None
