"""Appeals as calibration data: where candidates disagreed with the grader, and by how much."""

from __future__ import annotations

from typing import Any

from .store import APPEAL_GRADES, Store

GRADE_SCALE_MAX = APPEAL_GRADES[-1]


def grade_as_score(candidate_grade: int) -> float:
    """A candidate's 0-5 grade on the grader's 0-100 scale (5 -> 100)."""
    return round(candidate_grade / GRADE_SCALE_MAX * 100, 1)


def score_as_grade(shown_score: int) -> str:
    """A score as shown (a whole number of 0-100) on the candidate's 0-5 scale, to one decimal,
    halves up: `85` -> `4.3`, `60` -> `3.0`; the appeal dialog puts it beside the score, so that
    a grade typed there is weighed against the grader's on the same scale."""
    tenths = (shown_score * GRADE_SCALE_MAX * 10 * 2 + 100) // 200  # halves up, in integers
    return f"{tenths // 10}.{tenths % 10}"


def calibration_records(store: Store) -> list[dict[str, Any]]:
    """Every appeal with what was graded, oldest session first, as `interviewer appeals
    --json` prints them: the question, the answer, the grader's score and version, and the
    candidate's grade and note."""
    appeals = store.appeals()
    records: list[dict[str, Any]] = []
    for session in reversed(store.list_sessions()):
        for answer in store.answers(session.id):
            appeal = appeals.get(answer.id)
            if appeal is None:
                continue
            records.append(
                {
                    "session_id": session.id,
                    "bank": session.bank_id,
                    "bank_version": session.bank_version,
                    "question_id": answer.question_id,
                    "prompt": answer.prompt,
                    "answer": answer.answer,
                    "grader_score": answer.score,
                    "grader_band": answer.band,
                    "grader_version": answer.grader_version,
                    "candidate_grade": appeal.candidate_grade,
                    "candidate_score": grade_as_score(appeal.candidate_grade),
                    "note": appeal.note,
                    "appealed_at": appeal.appealed_at.isoformat(),
                }
            )
    return records
