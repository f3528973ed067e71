"""Two stored sessions side by side: overall, by topic, by level and question by question,
taken from each session's own `Report` so that every figure is the one its report shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..bank import LEVELS
from .formatting import all_skipped, mode_label, shown_score
from .model import GroupScore, QuestionReport, Report

EARLIER = "earlier"
LATER = "later"


@dataclass(frozen=True)
class SessionSide:
    """One of the two sessions, as its report sums it up."""

    session_id: str
    bank_id: str
    bank_title: str
    mode: str
    """`interview`, `practice, adaptive`... (`mode_label`)."""
    started_at: datetime
    status: str
    """`finished`, `unfinished`, or `closed` (finished before every question was asked)."""
    score: float | None
    """The report's score (one decimal); None when no answer is graded: never a 0."""
    band: str | None
    answered: int
    skipped: int
    timed_out: int
    unanswered: int
    questions_planned: int
    time_used: float
    """Seconds spent answering, pauses excluded (the report's `time_used`)."""
    time_allowed: float | None
    questions_reached: int = 0
    """The questions `time_allowed` counts (the report's `questions_reached`)."""
    skipped_as_zero: int = 0
    """Of `skipped`, the questions counted 0 in `score` (not one with no reference answer),
    as the report's Score row counts them (`score_note`)."""
    self_rating: float | None = None
    """The mean of the self-ratings (0-5) of its answers to questions with no reference
    answer, as the report's Self-rated row takes it; None when none was self-rated."""

    @property
    def rated(self) -> bool:
        """Whether the session has a score to compare."""
        return self.score is not None


@dataclass(frozen=True)
class ScorePair:
    """A topic's or a level's average in each session; None where it has none (not asked, or
    no graded answer)."""

    id: str
    title: str
    earlier: float | None
    later: float | None
    in_earlier: bool = True
    """Whether the earlier session asked the topic or level at all."""
    in_later: bool = True
    earlier_skipped: int = 0
    """Of the earlier session's questions of the topic or level, the skipped ones (their 0
    is in `earlier`)."""
    later_skipped: int = 0
    earlier_all_skipped: bool = False
    """Whether every question `earlier` is taken over was skipped: it reads `skipped`."""
    later_all_skipped: bool = False

    @property
    def change(self) -> float | None:
        """Later minus earlier (one decimal); None unless both have an average that is not
        all skips (a skipped level against a 77 is not a change of -77, play50)."""
        if self.earlier_all_skipped or self.later_all_skipped:
            return None
        return _change(self.earlier, self.later)


@dataclass(frozen=True)
class QuestionPair:
    """A question asked in both sessions, with each session's outcome."""

    question_id: str
    prompt: str
    topic_title: str
    level: str
    earlier: QuestionReport
    later: QuestionReport

    @property
    def change(self) -> float | None:
        """Later score minus earlier (one decimal); None unless both are graded, and None when
        either was skipped (its 0 is not one earned: `-77` read as a drop, play50)."""
        if self.earlier.skipped or self.later.skipped:
            return None
        return _change(self.earlier.score, self.later.score)


@dataclass(frozen=True)
class SoleQuestion:
    """A question asked in one of the two sessions only."""

    side: str
    """`earlier` or `later`: the session that asked it."""
    question: QuestionReport


@dataclass(frozen=True)
class SideBySide:
    """Two sessions compared, the earlier first (by start time), whichever was named first."""

    earlier: SessionSide
    later: SessionSide
    topics: tuple[ScorePair, ...]
    """Of one bank: every topic either session asked, in the later report's order then the
    earlier's. Of two banks: the topics (by id) both asked only."""
    levels: tuple[ScorePair, ...]
    """Of one bank: every level either session asked, beginner first. Of two banks: none (a
    level's questions are other questions)."""
    questions: tuple[QuestionPair, ...]
    """Questions (by id) asked in both, in the later session's order."""
    only_one: tuple[SoleQuestion, ...]
    """Questions asked in one session only, the earlier's first."""

    @property
    def same_bank(self) -> bool:
        return self.earlier.bank_id == self.later.bank_id

    @property
    def change(self) -> float | None:
        """Later score minus earlier (one decimal); None unless both sessions are scored, and
        for sessions of two banks (scores over other questions)."""
        if not self.same_bank:
            return None
        return _change(self.earlier.score, self.later.score)

    @property
    def notes(self) -> tuple[str, ...]:
        """What a reader must know before reading the figures: different banks, a session
        unfinished, closed early or with no score."""
        notes = []
        if not self.same_bank:
            notes.append(
                f"Different banks ({self.earlier.bank_id}, {self.later.bank_id}): only the "
                "topics and questions both sessions asked are compared; the scores are not."
            )
        for side, session in ((EARLIER, self.earlier), (LATER, self.later)):
            what = f"The {side} session ({session.session_id[:8]})"
            done = session.answered + session.skipped + session.unanswered
            if session.status == "unfinished":
                notes.append(
                    f"{what} is unfinished ({done} of {session.questions_planned} questions "
                    "done): its figures are so far."
                )
            elif session.status == "closed":
                notes.append(
                    f"{what} was closed early ({done} of {session.questions_planned} "
                    "questions done)."
                )
            if not session.rated:
                notes.append(f"{what} has no graded answer: it has no score to compare.")
        return tuple(notes)


def _change(earlier: float | None, later: float | None) -> float | None:
    if earlier is None or later is None:
        return None
    return round(later - earlier, 1)


def shown_gap(earlier: float | None, later: float | None) -> int | None:
    """The change between two scores as they are shown (`format_score`): 76.2 and 66.5 read
    76 and 67, a change of -9 (the unrounded -9.7 would read -10); None when either has none."""
    if earlier is None or later is None:
        return None
    return int(shown_score(later) - shown_score(earlier))


def gap_text(earlier: float | None, later: float | None) -> str:
    """`shown_gap` as text, so that it adds up as read: `+6`, `-3`, `0`; `-` when either
    score is missing."""
    gap = shown_gap(earlier, later)
    if gap is None:
        return "-"
    return f"{gap:+d}" if gap else "0"


def _status(report: Report) -> str:
    if not report.finished:
        return "unfinished"
    return "closed" if report.done < report.questions_planned else "finished"


def _side(report: Report) -> SessionSide:
    return SessionSide(
        session_id=report.session_id,
        bank_id=report.bank_id,
        bank_title=report.bank_title,
        mode=mode_label(report),
        started_at=report.started_at,
        status=_status(report),
        score=report.score,
        band=report.band,
        answered=report.answered,
        skipped=report.skipped,
        timed_out=report.timed_out,
        unanswered=report.unanswered,
        questions_planned=report.questions_planned,
        time_used=report.time_used,
        time_allowed=report.time_allowed,
        questions_reached=report.questions_reached,
        skipped_as_zero=report.skipped_as_zero,
        self_rating=(
            sum(report.self_ratings) / len(report.self_ratings) if report.self_ratings else None
        ),
    )


def _pairs(
    earlier: tuple[GroupScore, ...], later: tuple[GroupScore, ...], *, shared_only: bool
) -> list[ScorePair]:
    before = {g.id: g for g in earlier}
    after = {g.id: g for g in later}
    ids = [g.id for g in later] + [g.id for g in earlier if g.id not in after]
    rows = []
    for group_id in ids:
        if shared_only and not (group_id in before and group_id in after):
            continue
        one, two = before.get(group_id), after.get(group_id)
        named = two or one
        assert named is not None
        rows.append(
            ScorePair(
                group_id,
                named.title,
                one.average if one is not None else None,
                two.average if two is not None else None,
                in_earlier=one is not None,
                in_later=two is not None,
                earlier_skipped=one.skipped if one is not None else 0,
                later_skipped=two.skipped if two is not None else 0,
                earlier_all_skipped=one is not None and all_skipped(one),
                later_all_skipped=two is not None and all_skipped(two),
            )
        )
    return rows


def _first_of_each(questions: tuple[QuestionReport, ...]) -> dict[str, QuestionReport]:
    """Question id -> its first asking in the session (a question is asked once a session)."""
    found: dict[str, QuestionReport] = {}
    for question in questions:
        found.setdefault(question.question_id, question)
    return found


def side_by_side(one: Report, other: Report) -> SideBySide:
    """Two sessions' reports compared, the one started earlier first, whichever order they
    are given in. Every score is the report's own; a session with no graded answer has no
    score (None), never a 0."""
    earlier, later = sorted((one, other), key=lambda r: (r.started_at, r.session_id))
    same_bank = earlier.bank_id == later.bank_id
    levels = sorted(
        _pairs(earlier.levels, later.levels, shared_only=False) if same_bank else [],
        key=lambda p: LEVELS.index(p.id) if p.id in LEVELS else len(LEVELS),
    )
    before = _first_of_each(earlier.questions)
    after = _first_of_each(later.questions)
    questions = tuple(
        QuestionPair(q.question_id, q.prompt, q.topic_title, q.level, before[q.question_id], q)
        for q in after.values()
        if q.question_id in before
    )
    only_one = tuple(
        [SoleQuestion(EARLIER, q) for q in before.values() if q.question_id not in after]
        + [SoleQuestion(LATER, q) for q in after.values() if q.question_id not in before]
    )
    return SideBySide(
        earlier=_side(earlier),
        later=_side(later),
        topics=tuple(_pairs(earlier.topics, later.topics, shared_only=not same_bank)),
        levels=tuple(levels),
        questions=questions,
        only_one=only_one,
    )
