"""What a report is: frozen records of a session's scores, questions, next steps and trend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..errors import InterviewerError
from ..grading import GRADER_VERSION


class ReportError(InterviewerError):
    """A report cannot be built (no such session)."""


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
    covered: tuple[str, ...] = ()
    """Concepts the retry covered (empty for a retry kept before its grade was, schema 5)."""
    missed: tuple[str, ...] = ()
    """Concepts the retry did not cover, heaviest first."""
    wrong_claims: tuple[str, ...] = ()
    """Concepts the retry got wrong."""


@dataclass(frozen=True)
class ScoreLine:
    """One part of how a score was formed: a signal, the points it added or took off."""

    signal: str
    """The grader's name for it (stable, for scripts)."""
    label: str
    """Its name in words, as every rendering shows it."""
    value: float
    """The signal's raw value (0-1 for most signals)."""
    points: float
    detail: str
    """What the grader measured, in words."""


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
    flag_labels: tuple[str, ...] = ()
    """`flags` in words, in the same order."""
    explanation: tuple[ScoreLine, ...] = ()
    """How the score was formed, part by part (empty for a skipped or ungraded answer)."""
    wrong_claims: tuple[str, ...] = ()
    """Concepts the answer got wrong (swapped, reversed, contradicted or denied); they are not
    in `missed`: the candidate said something about them, the wrong thing."""
    unanswered: bool = False
    """Time ran out with nothing typed (`left_unanswered`): scored 0, shown as unanswered."""
    rating_pending: bool = False
    """An answer to a question without a reference answer, saved but not rated yet (the
    program ended on the rating screen): it has no grade; resuming the session asks for the
    rating (play29 F7)."""

    @property
    def covered_by_retry(self) -> frozenset[str]:
        """Concepts some retry covered: what "What to do next" no longer calls missed."""
        return frozenset(c for retry in self.retries for c in retry.covered)


@dataclass(frozen=True)
class GroupScore:
    """The average score of the answers of one level or one topic."""

    id: str
    title: str
    average: float | None
    """0-100, one decimal; None when no answer of the group is graded."""
    band: str | None
    count: int
    """Questions in the group, skipped ones included."""
    skipped: int = 0
    """Of `count`, the questions skipped that count 0 in `average`."""
    self_rated: int = 0
    """Of `count`, the answers rated by the candidate (no reference): not in `average`."""
    unscored: int = 0
    """Of `count`, the questions with no reference answer that were skipped: neither scored
    nor rated, so not in `average` either."""

    @property
    def averaged(self) -> int:
        """The answers `average` is taken over: `count` less the self-rated and unscored ones."""
        return self.count - self.self_rated - self.unscored


@dataclass(frozen=True)
class NextStep:
    """A topic or question worth revisiting, and why."""

    kind: str
    """'topic' or 'question'."""
    id: str
    """The topic id or the question id."""
    title: str
    """The topic title or the question prompt (its first line and number when it has more:
    `next_steps.question_title`)."""
    reason: str


@dataclass(frozen=True)
class TopicChange:
    """How a topic's average compares with the same bank's earlier sessions."""

    id: str
    title: str
    previous: float | None
    """Average over every answer on the topic in the earlier finished sessions; None if it was
    never asked in one."""
    current: float | None
    change: float | None
    direction: str
    """'better', 'worse', 'same' or 'new'."""
    previous_skipped: bool = False
    """Whether every earlier question on the topic was skipped: `previous` is the 0 the skips
    count as, and the change reads `was skipped`, not `up 80` (play50)."""


@dataclass(frozen=True)
class Comparison:
    """This session against the earlier finished sessions of the same bank."""

    previous_sessions: int
    """Earlier finished (or closed) sessions of the bank that have a score; unfinished ones
    are left out."""
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
    """Questions answered; skipped and unanswered ones are counted apart, in `skipped` and
    `unanswered`."""
    timed_out: int
    """Questions whose time ran out, unanswered ones included."""
    skipped: int
    time_used: float
    """Seconds spent answering, pauses excluded."""
    time_allowed: float | None
    """Sum of the time limits of the `questions_reached`; None when untimed."""
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
    unanswered: int = 0
    """Questions whose time ran out with nothing typed (`left_unanswered`): scored 0, and
    counted apart from `answered`."""
    command: str = "interviewer"
    """How to run the program on the history this report was read from (`--data-dir DIR`
    included when that flag chose it: `paths.command_prefix`), for the commands a report
    suggests; kept out of the JSON report (a machine-local path, not part of the session)."""
    questions_reached: int = 0
    """Questions whose time `time_used` and `time_allowed` count: every one asked (skipped and
    unanswered ones included) and an unfinished session's current question (its draft)."""
    bank_origin: str = ""
    """Where the bank's questions came from (its `origin:`), or ''."""
    bank_licence: str = ""
    """The licence they are under (its `licence:`), or '': an export of an imported public
    list keeps its source's terms (play60)."""
    bank_gone: bool = False
    """The session's bank could not be loaded when the report was built (its file moved,
    renamed, or re-imported under another id): an unfinished session cannot be resumed until
    it is back, and the report says so instead of offering `resume` alone (store42); kept out
    of the JSON report (a fact of this machine, not of the session)."""

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def done(self) -> int:
        """Questions asked and ended: answered, unanswered or skipped."""
        return self.answered + self.unanswered + self.skipped

    @property
    def skipped_as_zero(self) -> int:
        """Of `skipped`, the questions counted 0 in `score`: not one with no reference answer,
        which is neither scored nor rated."""
        return sum(q.skipped and q.score is not None for q in self.questions)

    @property
    def regrade_suggested(self) -> bool:
        """True when some score comes from another grader version than the current one."""
        return any(v != self.current_grader_version for v in self.grader_versions)

    def topic(self, topic_id: str) -> GroupScore | None:
        """The row of a topic, or None."""
        return next((t for t in self.topics if t.id == topic_id), None)
