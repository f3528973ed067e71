"""Building a `Report` from a stored session: per-question detail, averages, what to do next."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from ..bank import LEVELS, NO_TOPIC_TITLE, Bank
from ..grading import PASS_CUTOFF, STRONG_CUTOFF, Grade, band_for
from ..grading.star import PARTS
from ..self_rating import SELF_RATED_BAND, SELF_RATING_VERSION, stored_self_rating
from ..session import answer_outcome, planned_count, time_limit_for
from ..store import (
    Appeal,
    Retry,
    Store,
    StoredAnswer,
    StoredSession,
    session_time_used,
    unknown_session,
)
from .compare import compare_with_earlier, rounded_mean
from .explain import flag_label, signal_label
from .formatting import format_score
from .model import (
    AppealNote,
    Comparison,
    ConceptHit,
    EarlierGrade,
    GroupScore,
    Misstatement,
    NextStep,
    QuestionReport,
    Report,
    ReportError,
    RetryNote,
    ScoreLine,
)
from .pending import answer_points, graded_for_report

if TYPE_CHECKING:
    from ..grading import Grader

NEXT_TOPICS = 3
"""At most this many topics are suggested for revisiting."""
NEXT_QUESTIONS = 5
"""At most this many questions are suggested for revisiting."""

UNANSWERED = "unanswered"
"""The band a report shows for a question whose time ran out with nothing typed (its stored
grade says `missing`): it was not answered, as `skipped` was not."""

_FLAG_REASONS = {
    "keyword_list": "answered with a list of keywords",
    "restates_question": "restated the question",
    "off_topic": "did not address the question",
    "another_question": "answered another question of the topic",
    "too_short": "very short answer",
    "empty": "no answer written",
    "off_topic_story": "told a story that does not answer the question",
    "blames_others": "red flag: blamed others",
    "dishonesty": "red flag: misled people",
    "harm_unreflected": "red flag: harm with no reflection",
}


def _parsed_grade(answer: StoredAnswer) -> Grade | None:
    try:
        raw = answer.grade
        return Grade.from_dict(raw) if isinstance(raw, dict) else None
    except (KeyError, TypeError, ValueError):
        return None


def _question_report(
    answer: StoredAnswer,
    bank: Bank | None,
    earlier: Sequence[EarlierGrade],
    appeal: Appeal | None = None,
    retries: Sequence[Retry] = (),
) -> QuestionReport:
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


def _groups(
    questions: Sequence[QuestionReport], key: str, title_of: dict[str, str]
) -> list[GroupScore]:
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
                skipped=sum(q.skipped for q in items),
                self_rated=sum(q.self_rating is not None for q in items),
            )
        )
    return rows


def levels_so_far(store: Store, sessions: Sequence[StoredSession]) -> dict[str, str]:
    """Session id -> the level an unfinished adaptive session has held so far, as its report
    says it (`Level reached`), for the listings of sessions; one query for them all."""
    open_ones = [s.id for s in sessions if s.config.adaptive and not s.level_reached]
    found = store.answers_of_sessions(open_ones) if open_ones else {}
    return {sid: level for sid, answers in found.items() if (level := _derived_level(answers))}


def _derived_level(answers: Sequence[StoredAnswer]) -> str | None:
    held = {
        a.level
        for a in answers
        if answer_outcome(answer_points(a), a.band) in ("strong", "adequate")
    }
    reached = [level for level in LEVELS if level in held]
    return reached[-1] if reached else None


def _strong_and_weak(topics: Sequence[GroupScore]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The best and worst topics by average; none when fewer than two topics were scored (a
    lone topic at 34 is no one's "strongest"). A strongest topic passed and a weakest one did
    not: in a session where every topic scored under passing, a topic at 9 was told as
    "Strongest" (ux35), and in one where all passed, none is "weakest"."""
    ranked = [(t.id, t.average) for t in topics if t.average is not None]
    if len(ranked) < 2:
        return (), ()
    size = max(1, min(2, len(ranked) // 2))
    strongest = tuple(id_ for id_, average in ranked[:size] if average >= PASS_CUTOFF)
    weakest = tuple(id_ for id_, average in reversed(ranked[-size:]) if average < PASS_CUTOFF)
    return strongest, weakest


def _question_reason(question: QuestionReport, named: AbstractSet[str] = frozenset()) -> str:
    """Why a question is worth revisiting; concepts in `named` (already said under its topic)
    are not repeated."""
    parts = []
    if question.skipped:
        parts.append("You skipped it")
    elif question.unanswered:
        parts.append("Time ran out with nothing typed (scored 0)")
    elif question.score is not None:
        parts.append(f"Scored {format_score(question.score)} ({question.band})")
    if question.retries:
        last = question.retries[-1]
        parts.append(f"retried: {format_score(last.score)} ({last.band or 'not graded'})")
    if question.timed_out and not question.unanswered:
        parts.append("time ran out")
    parts.extend(
        _FLAG_REASONS[f]
        for f in question.flags
        if f in _FLAG_REASONS and not (question.unanswered and f == "empty")
    )
    if question.misconceptions:
        parts.append(f"stated a misconception ({question.misconceptions[0].phrase})")
    if question.wrong_claims and not question.skipped:
        parts.append("got wrong " + ", ".join(f"'{w}'" for w in question.wrong_claims[:3]))
    covered = question.covered_by_retry  # a retry said it since (play26 F15)
    missed = [m for m in question.missed if m not in named and m not in covered]
    if missed and not question.skipped:
        parts.append("missed " + _named(missed))
    return "; ".join(parts) + "."


STAR_PARTS = tuple(part.name for part in PARTS)
"""The six parts of a behavioural story (grading.star)."""
NAMED_MISSED = 3
"""Concepts missed named in one step of "What to do next" (the heaviest first)."""


def _named(missed: Sequence[str]) -> str:
    """The concepts missed, in words: the first NAMED_MISSED, but every STAR part missed,
    and "all six STAR parts" when the story has none (a filler story was told three)."""
    if missed and set(missed) <= set(STAR_PARTS):
        if set(missed) == set(STAR_PARTS):
            return "all six STAR parts"
        return ", ".join(f"'{m}'" for m in missed)
    return ", ".join(f"'{m}'" for m in missed[:NAMED_MISSED])


def _next_steps(
    questions: Sequence[QuestionReport],
    topics: Sequence[GroupScore],
    comparison: Comparison | None,
) -> tuple[NextStep, ...]:
    steps: list[NextStep] = []
    passed_topics: list[NextStep] = []
    named: dict[str, set[str]] = {}
    """Missed concepts already named under each topic's step."""
    changes = {c.id: c for c in comparison.topics} if comparison else {}
    worth = sorted(
        (
            q
            for q in questions
            if q.skipped or q.timed_out or (q.score is not None and q.score < PASS_CUTOFF)
        ),
        key=lambda q: (q.score if q.score is not None else 0.0, q.position),
    )[:NEXT_QUESTIONS]
    listed = {q.position for q in worth}
    # a topic of one question that is a step of its own says nothing that step does not
    # ("Average 17 over 1 question" above "Scored 17" of that question, played at 80x24)
    weak_topics = sorted(
        (
            t
            for t in topics
            if t.average is not None
            and t.average < STRONG_CUTOFF
            and [q.position for q in questions if q.topic == t.id] not in ([p] for p in listed)
        ),
        key=lambda t: (t.average, t.id),
    )
    for topic in weak_topics[:NEXT_TOPICS]:
        reason = f"Average {format_score(topic.average)} over {topic.averaged} question"
        reason += "s" if topic.averaged != 1 else ""
        if topic.self_rated:
            reason += f" (+{topic.self_rated} self-rated)"
        if topic.skipped:
            reason += f" ({topic.skipped} skipped, counted as 0)"
        change = changes.get(topic.id)
        if change is not None and change.direction == "worse" and change.previous is not None:
            reason += f", down from {format_score(change.previous)}"
        missed = Counter(
            m
            for q in questions
            if q.topic == topic.id
            for m in q.missed
            if m not in q.covered_by_retry
        )
        if missed:
            # the most often missed first; ties keep the grades' order, which is the
            # weightiest first (a stable sort), never the alphabet: 'Schulman OpenAI 2017'
            # (weight 1) sorted before 'clipped probability ratio' (weight 3) by capital letter
            common = [name for name, _ in sorted(missed.items(), key=lambda i: -i[1])]
            if not set(common) <= set(STAR_PARTS):
                common = common[:NAMED_MISSED]
            reason += "; missed " + _named(common)
            named[topic.id] = set(common)
        step = NextStep("topic", topic.id, topic.title, reason + ".")
        failing = topic.average is not None and topic.average < PASS_CUTOFF
        (steps if failing else passed_topics).append(step)
    for question in worth:
        steps.append(
            NextStep(
                "question",
                question.question_id,
                question.prompt,
                _question_reason(question, named.get(question.topic, set())),
            )
        )
    # a topic that passed but is not strong comes after every question that did not pass:
    # "RLHF: Average 83" stood above "Scored 0 (missing)" of a QLoRA question (played at 120x40)
    return tuple(steps + passed_topics)


def build_report(
    store: Store,
    session_id: str,
    bank: Bank | None = None,
    grader: Grader | None = None,
    *,
    command: str = "interviewer",
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
        _question_report(
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
    level_rows = sorted(_groups(questions, "level", level_titles), key=lambda g: _level_index(g.id))
    topic_titles = {q.topic: q.topic_title for q in questions}
    topic_rows = sorted(
        _groups(questions, "topic", topic_titles),
        key=lambda g: (g.average is None, -(g.average or 0.0), g.title),
    )
    strongest, weakest = _strong_and_weak(topic_rows)
    comparison = compare_with_earlier(store, session, topic_rows, score)
    return Report(
        session_id=session.id,
        bank_id=session.bank_id,
        bank_title=bank.title if bank is not None else session.bank_id,
        bank_version=session.bank_version,
        mode=session.mode,
        adaptive=session.config.adaptive,
        review=session.config.review,
        seed=session.config.seed,
        started_at=session.started_at,
        finished_at=session.finished_at,
        score=score,
        band=band_for(score) if score is not None else None,
        # an adaptive session's figure: the screens and exports show none for other sessions
        level_reached=(session.level_reached or _derived_level(answers))
        if session.config.adaptive
        else None,
        questions_planned=planned_count(session.config),
        answered=sum(not a.skipped and not a.unanswered for a in answers),
        timed_out=sum(a.timed_out for a in answers),
        skipped=sum(a.skipped for a in answers),
        time_used=session_time_used(session),
        time_allowed=_time_allowed(store, session, answers, bank),
        paused_seconds=round(session.paused_seconds, 1),
        levels=tuple(level_rows),
        topics=tuple(topic_rows),
        strongest_topics=strongest,
        weakest_topics=weakest,
        questions=tuple(questions),
        next_steps=_next_steps(questions, topic_rows, comparison),
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
    )


def _time_allowed(
    store: Store, session: StoredSession, answers: Sequence[StoredAnswer], bank: Bank | None
) -> float | None:
    """The sum of the limits of the questions whose time `time_used` counts: every question
    asked, skipped ones included (the time spent before skipping is used time), and the
    question of an unfinished session's draft; None when none of them had a limit."""
    limits = [a.time_limit for a in answers if a.time_limit is not None]
    draft = store.load_draft(session.id)
    if draft is not None and bank is not None and draft.question_id in bank:
        limit = time_limit_for(bank.get(draft.question_id), session.config)
        if limit is not None:
            limits.append(limit)
    return float(sum(limits)) if limits else None


def _level_index(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)
