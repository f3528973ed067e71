"""Building a `Report` from a stored session: its questions (question.py), scores by level
and topic (groups.py), what to do next (next_steps.py), and the session's figures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..bank import LEVELS, Bank
from ..grading import band_for
from ..self_rating import SELF_RATING_VERSION
from ..session import planned_count, time_limit_for
from ..store import Store, StoredAnswer, StoredSession, session_time_used, unknown_session
from .compare import compare_with_earlier, rounded_mean
from .groups import derived_level, group_scores, level_index, strong_and_weak
from .model import EarlierGrade, Report, ReportError
from .next_steps import next_steps
from .pending import graded_for_report
from .question import question_report

if TYPE_CHECKING:
    from ..grading import Grader


def build_report(
    store: Store,
    session_id: str,
    bank: Bank | None = None,
    grader: Grader | None = None,
    *,
    command: str = "interviewer",
    bank_gone: bool = False,
) -> Report:
    """The report of one stored session.

    Args:
        store: the history holding the session.
        session_id: a session id or a unique prefix of one.
        bank: the session's bank, for topic titles and reference answers; without it the report
            shows topic ids and no reference answers.
        grader: `bank`'s grader, to grade answers saved but not graded yet as they will be
            stored (`graded_for_report`); without it they show as not graded yet.
        command: how to run the program on this history (`paths.command_prefix`: with the
            `--data-dir` that chose it), for the commands the report suggests.
        bank_gone: the session's bank was looked for and cannot be loaded: an unfinished
            session's report says what to do before `resume` can continue it.

    Raises:
        ReportError: no session has this id.
        StoreError: the history cannot be read.
    """
    session = store.get_session(session_id)
    if session is None:
        raise ReportError(f"{unknown_session(session_id)}; see `{command} history`")
    if bank is not None and bank.id != session.bank_id:
        bank = None
    answers = graded_for_report(store.answers(session.id), bank, grader)
    histories = store.grade_histories(session.id)
    appeals = store.appeals(session.id)
    retries = store.retries(session.id)
    questions = [
        question_report(
            answer,
            bank,
            [
                EarlierGrade(g.score, g.band, g.grader_version, g.regraded_at)
                for g in histories.get(answer.id, ())
            ],
            appeals.get(answer.id),
            retries.get(answer.id, ()),
        )
        for answer in answers
    ]
    score = rounded_mean(q.score for q in questions)
    level_titles = {level: level.capitalize() for level in LEVELS}
    level_rows = sorted(
        group_scores(questions, "level", level_titles), key=lambda g: level_index(g.id)
    )
    topic_titles = {q.topic: q.topic_title for q in questions}
    topic_rows = sorted(
        group_scores(questions, "topic", topic_titles),
        key=lambda g: (g.average is None, -(g.average or 0.0), g.title),
    )
    strongest, weakest = strong_and_weak(topic_rows)
    comparison = compare_with_earlier(store, session, topic_rows, score)
    time_allowed, reached = _time_allowed(store, session, answers, bank)
    return Report(
        session_id=session.id,
        bank_id=session.bank_id,
        bank_title=bank.title if bank is not None else session.bank_id,
        bank_version=session.bank_version,
        bank_origin=bank.origin if bank is not None else "",
        bank_licence=bank.licence if bank is not None else "",
        mode=session.mode,
        adaptive=session.config.adaptive,
        review=session.config.review,
        seed=session.config.seed,
        started_at=session.started_at,
        finished_at=session.finished_at,
        score=score,
        band=band_for(score) if score is not None else None,
        # an adaptive session's figure: the screens and exports show none for other sessions
        level_reached=(session.level_reached or derived_level(answers))
        if session.config.adaptive
        else None,
        questions_planned=planned_count(session.config),
        answered=sum(not a.skipped and not a.unanswered for a in answers),
        timed_out=sum(a.timed_out for a in answers),
        skipped=sum(a.skipped for a in answers),
        time_used=session_time_used(session),
        time_allowed=time_allowed,
        questions_reached=reached,
        paused_seconds=round(session.paused_seconds, 1),
        levels=tuple(level_rows),
        topics=tuple(topic_rows),
        strongest_topics=strongest,
        weakest_topics=weakest,
        questions=tuple(questions),
        next_steps=next_steps(questions, topic_rows, comparison),
        comparison=comparison,
        grader_versions=tuple(
            sorted(
                {
                    a.grader_version
                    for a in answers
                    # a skipped question holds no grade: regrading leaves it as it is
                    if a.grader_version
                    and a.grader_version != SELF_RATING_VERSION
                    and not a.skipped
                }
            )
        ),
        self_ratings=tuple(q.self_rating for q in questions if q.self_rating is not None),
        unanswered=sum(a.unanswered for a in answers),
        command=command,
        bank_gone=bank_gone,
    )


def _time_allowed(
    store: Store, session: StoredSession, answers: Sequence[StoredAnswer], bank: Bank | None
) -> tuple[float | None, int]:
    """The sum of the limits of the questions whose time `time_used` counts: every question
    asked, skipped ones included (the time spent before skipping is used time), and the
    question of an unfinished session's draft (None when none of them had a limit); and how
    many questions those are (`Report.questions_reached`)."""
    limits = [a.time_limit for a in answers if a.time_limit is not None]
    draft = store.load_draft(session.id)
    if draft is not None and bank is not None and draft.question_id in bank:
        limit = time_limit_for(bank.get(draft.question_id), session.config)
        if limit is not None:
            limits.append(limit)
    reached = len(answers) + (draft is not None)
    return (float(sum(limits)) if limits else None), reached
