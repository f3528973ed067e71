"""One question of a report: its answer, grade, flags, reference answer, earlier grades,
appeal and retries, as a `QuestionReport`."""

from __future__ import annotations

from collections.abc import Sequence

from ..bank import NO_TOPIC_TITLE, Bank
from ..grading import Grade
from ..self_rating import SELF_RATED_BAND, stored_self_rating
from ..store import Appeal, Retry, StoredAnswer
from .explain import flag_label, signal_label
from .model import (
    AppealNote,
    ConceptHit,
    EarlierGrade,
    Misstatement,
    QuestionReport,
    RetryNote,
    ScoreLine,
)
from .pending import answer_points

UNANSWERED = "unanswered"
"""The band a report shows for a question whose time ran out with nothing typed (its stored
grade says `missing`): it was not answered, as `skipped` was not."""


def _parsed_grade(answer: StoredAnswer) -> Grade | None:
    try:
        raw = answer.grade
        return Grade.from_dict(raw) if isinstance(raw, dict) else None
    except (KeyError, TypeError, ValueError):
        return None


def question_report(
    answer: StoredAnswer,
    bank: Bank | None,
    earlier: Sequence[EarlierGrade],
    appeal: Appeal | None = None,
    retries: Sequence[Retry] = (),
) -> QuestionReport:
    """One answer as its report shows it, with its earlier grades, appeal and retries."""
    grade = None if answer.band == SELF_RATED_BAND else _parsed_grade(answer)
    reference = None
    rating_pending = False
    if bank is not None and answer.question_id in bank:
        question = bank.get(answer.question_id)
        references = question.reference_answers
        reference = references[0] if references else None
        rating_pending = question.self_rated and answer.band is None and not answer.skipped
    flags = list(grade.flags) if grade else []
    for flag, on in (("timed_out", answer.timed_out), ("skipped", answer.skipped)):
        if on and flag not in flags:
            flags.append(flag)
    return QuestionReport(
        position=answer.position,
        question_id=answer.question_id,
        prompt=answer.prompt,
        topic=answer.topic,
        topic_title=bank.topic_title(answer.topic) if bank else answer.topic or NO_TOPIC_TITLE,
        level=answer.level,
        answer=answer.answer,
        score=answer_points(answer),
        band="skipped" if answer.skipped else UNANSWERED if answer.unanswered else answer.band,
        matched=tuple(ConceptHit(m.concept, tuple(m.evidence) or (m.alias,)) for m in grade.matched)
        if grade
        else (),
        missed=grade.not_said if grade else (),
        wrong_claims=grade.got_wrong if grade else (),
        misconceptions=tuple(Misstatement(m.phrase, m.note) for m in grade.misconceptions)
        if grade
        else (),
        flags=tuple(flags),
        flag_labels=tuple(flag_label(f) for f in flags),
        explanation=tuple(
            ScoreLine(p.signal, signal_label(p.signal), p.value, p.points, p.detail)
            for p in grade.explanation
        )
        if grade and not answer.skipped
        else (),
        seconds=round(answer.seconds, 1),
        time_limit=answer.time_limit,
        timed_out=answer.timed_out,
        skipped=answer.skipped,
        feedback=tuple(grade.feedback) if grade else (),
        reference_answer=reference,
        grader_version=answer.grader_version,
        earlier_grades=tuple(earlier),
        self_rating=stored_self_rating(answer.grade) if answer.band == SELF_RATED_BAND else None,
        answer_id=answer.id,
        hints_used=answer.hints_used,
        appeal=AppealNote(appeal.candidate_grade, appeal.note, appeal.appealed_at)
        if appeal is not None
        else None,
        retries=tuple(_retry_note(r) for r in retries),
        unanswered=answer.unanswered,
        rating_pending=rating_pending,
    )


def _retry_note(retry: Retry) -> RetryNote:
    """A retry with what it covered, missed and got wrong, when its grade was kept."""
    try:
        raw = retry.grade
        grade = Grade.from_dict(raw) if isinstance(raw, dict) else None
    except (KeyError, TypeError, ValueError):
        grade = None
    return RetryNote(
        retry.answer,
        retry.score,
        retry.band,
        retry.retried_at,
        covered=tuple(m.concept for m in grade.matched) if grade else (),
        missed=grade.not_said if grade else (),
        wrong_claims=grade.got_wrong if grade else (),
    )
