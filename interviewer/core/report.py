"""The report of a stored session: what was scored and why, what to revisit, how it compares.

`build_report` reads a session from the `Store` and returns a frozen `Report`; `to_markdown`,
`to_html` and `to_json` render it. The JSON follows the versioned schema documented in
docs/report-format.md and shipped as interviewer/schemas/report.schema.json.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from importlib import resources
from typing import Any

from .bank import LEVELS, Bank
from .errors import InterviewerError
from .grading import GRADER_VERSION, PASS_CUTOFF, STRONG_CUTOFF, Grade, band_for
from .self_rating import SELF_RATED_BAND, SELF_RATING_VERSION, stored_self_rating
from .session import answer_outcome, planned_count
from .store import Appeal, Retry, Store, StoredAnswer, StoredSession, session_time_used

SCHEMA_ID = "interviewer-report/1"
"""The `schema` value of every JSON report; the number changes only on incompatible changes."""

SAME_MARGIN = 2.0
"""A change in average smaller than this many points counts as `same`."""

NEXT_TOPICS = 3
"""At most this many topics are suggested for revisiting."""
NEXT_QUESTIONS = 5
"""At most this many questions are suggested for revisiting."""

_FLAG_REASONS = {
    "keyword_list": "answered with a list of keywords",
    "restates_question": "restated the question",
    "off_topic": "did not address the question",
    "too_short": "very short answer",
    "empty": "no answer written",
}


class ReportError(InterviewerError):
    """A report cannot be built (no such session)."""


# ---------------------------------------------------------------------------------------------
# The report


@dataclass(frozen=True)
class ConceptHit:
    """A concept the answer covered, with the words of the answer that matched it."""

    concept: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Misstatement:
    """A misconception the answer stated, and what to know instead."""

    phrase: str
    note: str


@dataclass(frozen=True)
class EarlierGrade:
    """A grade the answer had before it was re-graded."""

    score: float | None
    band: str | None
    grader_version: str | None
    regraded_at: datetime


@dataclass(frozen=True)
class AppealNote:
    """The candidate's disagreement with the grade: their own 0-5 grade and why."""

    grade: int
    note: str
    appealed_at: datetime


@dataclass(frozen=True)
class RetryNote:
    """Another try at the question in practice mode (the first answer keeps its score)."""

    answer: str
    score: float | None
    band: str | None
    retried_at: datetime


@dataclass(frozen=True)
class QuestionReport:
    """One answered question, as the candidate saw it and as it was graded."""

    position: int
    """1-based place in the session."""
    question_id: str
    prompt: str
    topic: str
    topic_title: str
    level: str
    answer: str
    """The answer exactly as typed."""
    score: float | None
    """0-100; None when the answer was never graded."""
    band: str | None
    matched: tuple[ConceptHit, ...]
    missed: tuple[str, ...]
    """Concepts not covered, heaviest first."""
    misconceptions: tuple[Misstatement, ...]
    flags: tuple[str, ...]
    seconds: float
    """Time taken, pauses excluded."""
    time_limit: int | None
    timed_out: bool
    skipped: bool
    feedback: tuple[str, ...]
    reference_answer: str | None
    """The bank's first reference answer; None when the bank is unavailable or changed."""
    grader_version: str | None
    earlier_grades: tuple[EarlierGrade, ...] = ()
    """Grades replaced by `interviewer regrade`, oldest first."""
    self_rating: int | None = None
    """The candidate's own 0-5 rating (a question without a reference); never a score."""
    answer_id: int | None = None
    """The stored answer's id (to appeal its grade)."""
    hints_used: int = 0
    """Hints revealed before answering (practice mode)."""
    appeal: AppealNote | None = None
    """The candidate's own grade and note, when they disagreed with the grader."""
    retries: tuple[RetryNote, ...] = ()
    """Later tries at the question in practice mode, oldest first."""


@dataclass(frozen=True)
class GroupScore:
    """The average score of the answers of one level or one topic."""

    id: str
    title: str
    average: float | None
    """0-100, one decimal; None when no answer of the group is graded."""
    band: str | None
    count: int
    """Answers in the group."""


@dataclass(frozen=True)
class NextStep:
    """A topic or question worth revisiting, and why."""

    kind: str
    """'topic' or 'question'."""
    id: str
    """The topic id or the question id."""
    title: str
    """The topic title or the question prompt."""
    reason: str


@dataclass(frozen=True)
class TopicChange:
    """How a topic's average compares with the same bank's earlier sessions."""

    id: str
    title: str
    previous: float | None
    """Average over every earlier answer on the topic; None if it was never asked before."""
    current: float | None
    change: float | None
    direction: str
    """'better', 'worse', 'same' or 'new'."""


@dataclass(frozen=True)
class Comparison:
    """This session against the earlier sessions of the same bank."""

    previous_sessions: int
    """Earlier sessions of the bank that have a score."""
    previous_average: float | None
    """Mean of their scores."""
    last_score: float | None
    """Score of the most recent of them."""
    change: float | None
    """This score minus `previous_average`."""
    direction: str
    """'better', 'worse' or 'same' (against `previous_average`)."""
    topics: tuple[TopicChange, ...]
    """Every topic of this session, in the order of `Report.topics`."""


@dataclass(frozen=True)
class Report:
    """Everything known about one session, ready to display or export."""

    session_id: str
    bank_id: str
    bank_title: str
    bank_version: str
    mode: str
    adaptive: bool
    review: bool
    seed: int | None
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    """Mean score of the answers, 0-100 (a skipped, ungraded answer counts 0)."""
    band: str | None
    level_reached: str | None
    """Highest level held (a passing answer); recorded by the session or derived."""
    questions_planned: int
    answered: int
    timed_out: int
    skipped: int
    time_used: float
    """Seconds spent answering, pauses excluded."""
    time_allowed: float | None
    """Sum of the time limits of the questions answered; None when untimed."""
    paused_seconds: float
    levels: tuple[GroupScore, ...]
    """In level order (beginner first), levels with answers only."""
    topics: tuple[GroupScore, ...]
    """Best average first; ungraded topics last."""
    strongest_topics: tuple[str, ...]
    weakest_topics: tuple[str, ...]
    """Topic ids, weakest first."""
    questions: tuple[QuestionReport, ...]
    next_steps: tuple[NextStep, ...]
    comparison: Comparison | None
    """None when the bank has no earlier scored session."""
    grader_versions: tuple[str, ...]
    """Versions of the grader that produced the current scores, sorted."""
    current_grader_version: str = GRADER_VERSION
    self_ratings: tuple[int, ...] = ()
    """The candidate's own 0-5 ratings, kept out of every graded average."""

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def regrade_suggested(self) -> bool:
        """True when some score comes from another grader version than the current one."""
        return any(v != self.current_grader_version for v in self.grader_versions)

    def topic(self, topic_id: str) -> GroupScore | None:
        """The row of a topic, or None."""
        return next((t for t in self.topics if t.id == topic_id), None)


# ---------------------------------------------------------------------------------------------
# Building


def answer_points(answer: StoredAnswer) -> float | None:
    """The score an answer counts for in averages: its score, 0 for a skipped answer without
    one, None for an answer not yet graded."""
    if answer.score is not None:
        return float(answer.score)
    return 0.0 if answer.skipped else None


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 1) if present else None


def _direction(change: float | None) -> str:
    if change is None:
        return "new"
    if change >= SAME_MARGIN:
        return "better"
    if change <= -SAME_MARGIN:
        return "worse"
    return "same"


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
    if bank is not None and answer.question_id in bank:
        references = bank.get(answer.question_id).reference_answers
        reference = references[0] if references else None
    flags = list(grade.flags) if grade else []
    for flag, on in (("timed_out", answer.timed_out), ("skipped", answer.skipped)):
        if on and flag not in flags:
            flags.append(flag)
    return QuestionReport(
        position=answer.position,
        question_id=answer.question_id,
        prompt=answer.prompt,
        topic=answer.topic,
        topic_title=bank.topic_title(answer.topic) if bank else answer.topic,
        level=answer.level,
        answer=answer.answer,
        score=answer_points(answer),
        band="skipped" if answer.skipped else answer.band,
        matched=tuple(ConceptHit(m.concept, tuple(m.evidence) or (m.alias,)) for m in grade.matched)
        if grade
        else (),
        missed=tuple(grade.missed) if grade else (),
        misconceptions=tuple(Misstatement(m.phrase, m.note) for m in grade.misconceptions)
        if grade
        else (),
        flags=tuple(flags),
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
        retries=tuple(RetryNote(r.answer, r.score, r.band, r.retried_at) for r in retries),
    )


def _groups(
    questions: Sequence[QuestionReport], key: str, title_of: dict[str, str]
) -> list[GroupScore]:
    members: dict[str, list[QuestionReport]] = {}
    for question in questions:
        members.setdefault(getattr(question, key), []).append(question)
    rows = []
    for group_id, items in members.items():
        average = _mean(q.score for q in items)
        rows.append(
            GroupScore(
                id=group_id,
                title=title_of.get(group_id, group_id),
                average=average,
                band=band_for(average) if average is not None else None,
                count=len(items),
            )
        )
    return rows


def _derived_level(answers: Sequence[StoredAnswer]) -> str | None:
    held = {
        a.level
        for a in answers
        if answer_outcome(answer_points(a), a.band) in ("strong", "adequate")
    }
    reached = [level for level in LEVELS if level in held]
    return reached[-1] if reached else None


def _strong_and_weak(topics: Sequence[GroupScore]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ranked = [t for t in topics if t.average is not None]
    if not ranked:
        return (), ()
    if len(ranked) == 1:
        return (ranked[0].id,), ()
    size = max(1, min(2, len(ranked) // 2))
    strongest = tuple(t.id for t in ranked[:size])
    weakest = tuple(t.id for t in reversed(ranked[-size:]))
    return strongest, weakest


def _question_reason(question: QuestionReport) -> str:
    parts = []
    if question.skipped:
        parts.append("You skipped it")
    elif question.score is not None:
        parts.append(f"Scored {question.score:.0f} ({question.band})")
    if question.timed_out:
        parts.append("time ran out")
    parts.extend(_FLAG_REASONS[f] for f in question.flags if f in _FLAG_REASONS)
    if question.misconceptions:
        parts.append(f"stated a misconception ({question.misconceptions[0].phrase})")
    if question.missed and not question.skipped:
        parts.append("missed " + ", ".join(f"'{m}'" for m in question.missed[:3]))
    return "; ".join(parts) + "."


def _next_steps(
    questions: Sequence[QuestionReport],
    topics: Sequence[GroupScore],
    comparison: Comparison | None,
) -> tuple[NextStep, ...]:
    steps: list[NextStep] = []
    changes = {c.id: c for c in comparison.topics} if comparison else {}
    weak_topics = sorted(
        (t for t in topics if t.average is not None and t.average < STRONG_CUTOFF),
        key=lambda t: (t.average, t.id),
    )
    for topic in weak_topics[:NEXT_TOPICS]:
        reason = f"Average {topic.average:.0f} over {topic.count} answer"
        reason += "s" if topic.count != 1 else ""
        change = changes.get(topic.id)
        if change is not None and change.direction == "worse" and change.previous is not None:
            reason += f", down from {change.previous:.0f}"
        missed = Counter(m for q in questions if q.topic == topic.id for m in q.missed)
        if missed:
            common = sorted(missed.items(), key=lambda item: (-item[1], item[0]))[:3]
            reason += "; missed " + ", ".join(f"'{name}'" for name, _ in common)
        steps.append(NextStep("topic", topic.id, topic.title, reason + "."))
    worth = sorted(
        (
            q
            for q in questions
            if q.skipped or q.timed_out or (q.score is not None and q.score < PASS_CUTOFF)
        ),
        key=lambda q: (q.score if q.score is not None else 0.0, q.position),
    )
    for question in worth[:NEXT_QUESTIONS]:
        steps.append(
            NextStep("question", question.question_id, question.prompt, _question_reason(question))
        )
    return tuple(steps)


def _comparison(
    store: Store, session: StoredSession, topics: Sequence[GroupScore], score: float | None
) -> Comparison | None:
    per_session: dict[str, list[tuple[str, float]]] = {}
    for past_id, topic_id, past_score, skipped in store.earlier_results(session.bank_id, session):
        points = past_score if past_score is not None else (0.0 if skipped else None)
        graded = per_session.setdefault(past_id, [])  # newest session first, as given
        if points is not None:
            graded.append((topic_id, float(points)))
    scores: list[float] = []
    by_topic: dict[str, list[float]] = {}
    for graded in per_session.values():
        if not graded:
            continue
        scores.append(sum(p for _, p in graded) / len(graded))
        for topic_id, p in graded:
            by_topic.setdefault(topic_id, []).append(p)
    if not scores:
        return None
    previous_average = _mean(scores)
    change = (
        round(score - previous_average, 1)
        if score is not None and previous_average is not None
        else None
    )
    rows = []
    for topic in topics:
        previous = _mean(by_topic.get(topic.id, ()))
        topic_change = (
            round(topic.average - previous, 1)
            if previous is not None and topic.average is not None
            else None
        )
        rows.append(
            TopicChange(
                id=topic.id,
                title=topic.title,
                previous=previous,
                current=topic.average,
                change=topic_change,
                direction=_direction(topic_change),
            )
        )
    return Comparison(
        previous_sessions=len(scores),
        previous_average=previous_average,
        last_score=round(scores[0], 1),
        change=change,
        direction=_direction(change) if change is not None else "same",
        topics=tuple(rows),
    )


def build_report(store: Store, session_id: str, bank: Bank | None = None) -> Report:
    """The report of one stored session.

    Args:
        store: the history holding the session.
        session_id: a session id or a unique prefix of one.
        bank: the session's bank, for topic titles and reference answers; without it the report
            shows topic ids and no reference answers.

    Raises:
        ReportError: no session has this id.
        StoreError: the history cannot be read.
    """
    session = store.get_session(session_id)
    if session is None:
        raise ReportError(f"no session '{session_id}' in the history; see `interviewer history`")
    if bank is not None and bank.id != session.bank_id:
        bank = None
    answers = store.answers(session.id)
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
    score = _mean(q.score for q in questions)
    level_titles = {level: level.capitalize() for level in LEVELS}
    level_rows = sorted(_groups(questions, "level", level_titles), key=lambda g: _level_index(g.id))
    topic_titles = {q.topic: q.topic_title for q in questions}
    topic_rows = sorted(
        _groups(questions, "topic", topic_titles),
        key=lambda g: (g.average is None, -(g.average or 0.0), g.title),
    )
    strongest, weakest = _strong_and_weak(topic_rows)
    comparison = _comparison(store, session, topic_rows, score)
    limits = [a.time_limit for a in answers if a.time_limit is not None]
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
        level_reached=session.level_reached or _derived_level(answers),
        questions_planned=planned_count(session.config),
        answered=len(answers),
        timed_out=sum(a.timed_out for a in answers),
        skipped=sum(a.skipped for a in answers),
        time_used=session_time_used(session),
        time_allowed=float(sum(limits)) if limits else None,
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
                    if a.grader_version and a.grader_version != SELF_RATING_VERSION
                }
            )
        ),
        self_ratings=tuple(q.self_rating for q in questions if q.self_rating is not None),
    )


def format_duration(session: StoredSession) -> str:
    """`session_time_used` as `m:ss`, as every listing of sessions shows it."""
    return format_seconds(session_time_used(session))


def _level_index(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


# ---------------------------------------------------------------------------------------------
# JSON


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that `to_json` output follows."""
    text = resources.files("interviewer").joinpath("schemas/report.schema.json").read_text("utf-8")
    return json.loads(text)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-able data: `{"schema": "interviewer-report/1", ...}` with every
    field of `Report` (timestamps as ISO 8601 strings)."""
    data = {"schema": SCHEMA_ID, **_plain(report)}
    data["finished"] = report.finished
    data["regrade_suggested"] = report.regrade_suggested
    return data


def to_json(report: Report) -> str:
    """The report as JSON text (keys in a fixed order, UTF-8 kept as is)."""
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Shared formatting


def format_seconds(seconds: float | None) -> str:
    """`95.2` -> `1:35`; `None` -> `-`."""
    if seconds is None:
        return "-"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_score(score: float | None) -> str:
    """`82.46` -> `82`; `None` -> `-`."""
    return "-" if score is None else f"{score:.0f}"


def result_label(question: QuestionReport) -> str:
    """How a question ended, in words: `82 strong`, `30 weak, timed out`, `skipped`."""
    if question.skipped:
        return "skipped"
    if question.self_rating is not None:
        return f"self-rated {question.self_rating}/5 (not graded)"
    text = f"{format_score(question.score)} {question.band or 'not graded'}"
    return text + ", timed out" if question.timed_out else text


def format_when(moment: datetime | None) -> str:
    """A stored timestamp in local time, to the minute."""
    return "-" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def appeal_text(appeal: AppealNote) -> str:
    """`Your appeal: 4 of 5. "I covered masking."`"""
    text = f"Your appeal: {appeal.grade} of 5"
    return text + (f". “{appeal.note}”" if appeal.note else "")


def mode_label(report: Report) -> str:
    """`interview`, `practice, adaptive, review`..."""
    extras = [name for name, on in (("adaptive", report.adaptive), ("review", report.review)) if on]
    return ", ".join([report.mode, *extras])


def change_label(change: float | None, direction: str) -> str:
    """`+6 better`, `-3 worse`, `same`, `new`."""
    if change is None or direction in ("new", "same"):
        return direction
    return f"{change:+.0f} {direction}"


def _finished_text(report: Report) -> str:
    if not report.finished:
        return "not finished"
    when = format_when(report.finished_at)
    if report.answered < report.questions_planned:
        return f"{when} (closed early)"
    return when


def summary_lines(report: Report) -> list[tuple[str, str]]:
    """(label, value) pairs of the summary, as every renderer shows them."""
    time_value = format_seconds(report.time_used)
    if report.time_allowed is not None:
        time_value += f" of {format_seconds(report.time_allowed)} allowed"
    if report.paused_seconds:
        time_value += f" (paused {format_seconds(report.paused_seconds)})"
    score = format_score(report.score)
    if report.band:
        score += f" / 100 ({report.band})"
    rows = [
        ("Score", score),
        ("Level reached", report.level_reached or "none held"),
        ("Questions", f"{report.answered} answered of {report.questions_planned} planned"),
        ("Timed out", str(report.timed_out)),
        ("Skipped", str(report.skipped)),
        ("Time", time_value),
        ("Mode", mode_label(report)),
        ("Started", format_when(report.started_at)),
        ("Finished", _finished_text(report)),
    ]
    if report.self_ratings:
        ratings = report.self_ratings
        mean = sum(ratings) / len(ratings)
        rows.insert(
            1,
            (
                "Self-rated",
                f"{len(ratings)} answer{'s' if len(ratings) != 1 else ''} without a reference, "
                f"your own average {mean:.1f} / 5 "
                "(not part of the score)",
            ),
        )
    if report.comparison is not None:
        c = report.comparison
        plural = "s" if c.previous_sessions != 1 else ""
        rows.append(
            (
                "Against earlier",
                f"{change_label(c.change, c.direction)} than the average of "
                f"{c.previous_sessions} earlier session{plural} "
                f"({format_score(c.previous_average)})",
            )
        )
    versions = ", ".join(report.grader_versions) or "-"
    if report.regrade_suggested:
        versions += (
            f" (current grader is {report.current_grader_version}; "
            f"run `interviewer regrade {report.session_id[:8]}`)"
        )
    rows.append(("Grader", versions))
    return rows


# ---------------------------------------------------------------------------------------------
# Markdown

_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|#])")


def _md(text: str) -> str:
    """Inline text safe in Markdown and table cells: specials escaped, lines joined."""
    text = " ".join(str(text).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"(?<!\w)_|_(?!\w)", r"\\_", text)


def _md_block(text: str, width: int = 88) -> list[str]:
    """Text kept word for word in a fence longer than any run of backticks inside it; long
    lines are wrapped at spaces, since code blocks do not wrap when rendered."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    lines: list[str] = []
    for line in text.splitlines():
        wrapped = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        lines += wrapped if len(line) > width and wrapped else [line]
    return [f"{fence}text", *lines, fence]


def _bar(score: float | None, width: int = 20) -> str:
    if score is None:
        return "·" * width
    filled = round(score / 100 * width)
    return "█" * filled + "░" * (width - filled)


def to_markdown(report: Report) -> str:
    """The report as Markdown that reads well as plain text and renders on a code host."""
    unfinished = "" if report.finished else " (unfinished)"
    out = [f"# Interview report: {_md(report.bank_title)}{unfinished}", ""]
    out += [f"Session `{report.session_id}`, bank `{report.bank_id}` v{report.bank_version}.", ""]
    out += ["| Summary | |", "| --- | --- |"]
    out += [f"| {label} | {_md(value)} |" for label, value in summary_lines(report)]
    out.append("")
    if report.topics:
        out += ["## Topics", "", "| Topic | Average | | Answers |", "| --- | ---: | --- | ---: |"]
        for t in report.topics:
            out.append(
                f"| {_md(t.title)} | {format_score(t.average)} | `{_bar(t.average)}` | {t.count} |"
            )
        out.append("")
        names = {t.id: t.title for t in report.topics}
        if report.strongest_topics:
            out.append("- Strongest: " + ", ".join(_md(names[i]) for i in report.strongest_topics))
        if report.weakest_topics:
            out.append("- Weakest: " + ", ".join(_md(names[i]) for i in report.weakest_topics))
        if report.strongest_topics or report.weakest_topics:
            out.append("")
    if report.levels:
        out += ["## Levels", "", "| Level | Average | Answers |", "| --- | ---: | ---: |"]
        out += [f"| {t.title} | {format_score(t.average)} | {t.count} |" for t in report.levels]
        out.append("")
    out += ["## What to do next", ""]
    if report.next_steps:
        for step in report.next_steps:
            label = "Topic" if step.kind == "topic" else f"Question `{step.id}`"
            out.append(f"- **{label}: {_md(step.title)}**  \n  {_md(step.reason)}")
    elif report.questions:
        out.append("Nothing stands out: every answer held up. Try an adaptive session.")
    else:
        out.append("No answers were recorded in this session.")
    out.append("")
    if report.comparison is not None and report.comparison.topics:
        out += ["## Compared with earlier sessions", ""]
        out += ["| Topic | Before | Now | Change |", "| --- | ---: | ---: | --- |"]
        for c in report.comparison.topics:
            out.append(
                f"| {_md(c.title)} | {format_score(c.previous)} | {format_score(c.current)} "
                f"| {change_label(c.change, c.direction)} |"
            )
        out.append("")
    if report.questions:
        out += ["## Questions", ""]
    for q in report.questions:
        out += [f"### {q.position}. {_md(q.prompt)}", ""]
        detail = f"`{q.question_id}` · {_md(q.topic_title)} · {q.level} · "
        detail += f"**{result_label(q)}** · "
        limit = f" of {format_seconds(q.time_limit)}" if q.time_limit else ""
        detail += f"{format_seconds(q.seconds)}{limit}"
        if q.flags:
            detail += " · flags: " + ", ".join(q.flags)
        if q.answer.strip():
            out += [detail, "", "Your answer:", "", *_md_block(q.answer), ""]
        else:
            out += [detail, "", "Your answer: *(none)*", ""]
        if q.matched:
            covered = "; ".join(f"{_md(h.concept)} (“{_md(' '.join(h.words))}”)" for h in q.matched)
            out.append(f"- Covered: {covered}")
        if q.missed:
            out.append("- Missed: " + ", ".join(_md(m) for m in q.missed))
        for m in q.misconceptions:
            out.append(f"- Misconception: “{_md(m.phrase)}”: {_md(m.note)}")
        out += [f"- {_md(note)}" for note in q.feedback]
        if q.earlier_grades:
            earlier = ", ".join(
                f"{format_score(g.score)} ({g.band}, grader {g.grader_version or '?'})"
                for g in q.earlier_grades
            )
            out.append(f"- Earlier scores: {earlier}")
        if q.hints_used:
            out.append(f"- Hints used: {q.hints_used}")
        for retry in q.retries:
            out.append(f"- Retried: {format_score(retry.score)} ({retry.band or 'not graded'})")
        if q.appeal is not None:
            out.append(f"- {_md(appeal_text(q.appeal))}")
        extras = q.earlier_grades or q.hints_used or q.retries or q.appeal
        if q.matched or q.missed or q.misconceptions or q.feedback or extras:
            out.append("")
        if q.reference_answer:
            out += ["Reference answer:", "", f"> {_md(q.reference_answer)}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def to_html(report: Report) -> str:
    """The report as one self-contained, printable HTML page (see `report_html`)."""
    from .report_html import render_html

    return render_html(report)
