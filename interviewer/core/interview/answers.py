"""A submitted answer and its grade: `Submission`, the grade of a skipped question, a grade
stored, and the answers of a session saved ungraded graded afterwards."""

from __future__ import annotations

from dataclasses import dataclass

from ..bank import Bank, Question
from ..grading import Grade, Grader
from ..self_rating import SelfRating
from ..store import Store, StoredAnswer

SKIPPED_FLAG = "skipped"


@dataclass(frozen=True)
class Submission:
    """An answer that has been saved, with its grade once grading is done."""

    answer: StoredAnswer
    question: Question
    grade: Grade | None = None
    self_rating: SelfRating | None = None
    """The candidate's own rating, for a question without a reference answer."""

    @property
    def needs_self_rating(self) -> bool:
        """Whether the candidate must rate this answer (nothing to grade it against)."""
        return self.question.self_rated and self.self_rating is None and not self.answer.skipped


def skipped_grade(question: Question) -> Grade:
    """The grade a skipped question is recorded with at once: zero, every concept missed."""
    return Grade(
        score=0.0,
        band="missing",
        similarity=0.0,
        coverage=0.0,
        # weightiest first, as a graded answer lists them (feedback.matched_missed)
        missed=tuple(c.name for c in sorted(question.concepts, key=lambda c: (-c.weight, c.name))),
        flags=(SKIPPED_FLAG,),
        feedback=("Skipped: study the reference answer before trying this one again.",),
        question_id=question.id,
    )


def store_grade(store: Store, answer_id: int, grade: Grade) -> None:
    """Keep `grade` as the answer's grade (an earlier one goes to its grade history)."""
    store.update_grade(
        answer_id,
        score=grade.score,
        band=grade.band,
        grade=grade.to_dict(),
        grader_version=grade.grader_version,
    )


def grade_ungraded(store: Store, session_id: str, bank: Bank, grader: Grader) -> int:
    """Grade a session's answers that were saved ungraded (an interview grades at its end; a
    crash or `resume --close` comes first); returns how many were graded. An answer graded
    meanwhile by another program (the session open there) keeps that grade."""
    count = 0
    for answer in store.answers(session_id):
        if answer.score is not None or answer.question_id not in bank:
            continue
        question = bank.get(answer.question_id)
        if question.self_rated or answer.skipped or answer.band is not None:
            continue
        grade = grader.grade(question, answer.answer, timed_out=answer.timed_out)
        count += store.first_grade(
            answer.id,
            score=grade.score,
            band=grade.band,
            grade=grade.to_dict(),
            grader_version=grade.grader_version,
        )
    return count
