"""Answers saved but not graded yet: what they count for in averages, and their grade for a
report, given by the same grader that will store it.

Grading is deterministic and offline, so an answer whose grade is still being worked out (the
last answer of a session, read a moment after ctrl+s) or was never stored (the program was
killed first) gets in the report the grade it gets when stored; the history is not written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..bank import Bank
from ..errors import BankError
from ..self_rating import SELF_RATED_BAND
from ..store import MEMORY, Store, StoredAnswer, StoredSession
from ..store.lease import open_elsewhere

if TYPE_CHECKING:  # the grader is not loaded for a report that grades nothing
    from ..catalog import Catalog
    from ..grading import Grader


def answer_points(answer: StoredAnswer) -> float | None:
    """The score an answer counts for in averages: its score, 0 for a skipped answer without
    one, None for an answer not yet graded and for a skipped question with no reference
    answer (it would have been rated by the candidate, not scored)."""
    if answer.score is not None:
        return float(answer.score)
    return 0.0 if answer.skipped and answer.band != SELF_RATED_BAND else None


def waits_for_grade(answer: StoredAnswer, bank: Bank | None) -> bool:
    """Whether `answer` is saved but not graded yet, and `bank` can grade it (a skipped
    answer, or one to a question without a reference, is never graded)."""
    return (
        answer.score is None
        and not answer.skipped
        and answer.band != SELF_RATED_BAND
        and bank is not None
        and answer.question_id in bank
        and not bank.get(answer.question_id).self_rated
    )


def graded_for_report(
    answers: Sequence[StoredAnswer], bank: Bank | None, grader: Grader | None
) -> list[StoredAnswer]:
    """`answers`, those saved but not graded yet given the grade `grader` gives them (the
    others as stored); as stored when there is no grader."""
    if grader is None:
        return list(answers)
    graded = []
    for answer in answers:
        if bank is not None and waits_for_grade(answer, bank):
            question = bank.get(answer.question_id)
            grade = grader.grade(question, answer.answer, timed_out=answer.timed_out)
            answer = replace(
                answer,
                score=grade.score,
                band=grade.band,
                grade_json=json.dumps(grade.to_dict(), sort_keys=True),
                grader_version=grade.grader_version,
            )
        graded.append(answer)
    return graded


def may_settle(store: Store, session_id: str) -> bool:
    """Whether this program may store the grades `session_id` waits for (`interview.settle`):
    the history can be written, and no live program has the session open (that one grades
    it itself)."""
    if store.read_only:
        return False
    return store.path == MEMORY or not open_elsewhere(Path(store.path), session_id)


def sessions_waiting(store: Store, catalog: Catalog) -> list[tuple[StoredSession, Bank]]:
    """The unfinished sessions (a finished one was graded before it finished) with answers
    saved but never graded, whose bank can still be loaded to grade them, and which this
    program may settle (`may_settle`); with their banks, oldest first. Loads no grader."""
    unfinished = store.unfinished_sessions()
    answers = store.answers_of_sessions([s.id for s in unfinished])
    waiting = []
    for session in reversed(unfinished):
        given = answers[session.id]
        if not any(a.score is None and a.band is None and not a.skipped for a in given):
            continue
        try:
            bank = catalog.find_session_bank(session.bank_id, session.bank_path)
        except BankError:
            continue
        if any(waits_for_grade(a, bank) for a in given) and may_settle(store, session.id):
            waiting.append((session, bank))
    return waiting
