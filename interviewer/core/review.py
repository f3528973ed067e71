"""Spaced repetition for `start --review`: when each question of a bank is due again.

The rule (a Leitner system; see docs/review.md) puts every question already answered in a box.
A strong answer moves it up one box, an adequate answer up one box but no higher than
`ADEQUATE_MAX_BOX`, and a weak, missing or skipped answer back to box 0. A question comes back
`INTERVAL_DAYS[box]` days after its last answer: box 0 at once, then 1, 3, 7, 14 and 30 days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .bank import Bank
from .session import answer_outcome
from .store import Store

INTERVAL_DAYS: tuple[int, ...] = (0, 1, 3, 7, 14, 30)
"""Days until a question in box n is due again, after its last answer."""

TOP_BOX = len(INTERVAL_DAYS) - 1

ADEQUATE_MAX_BOX = 2
"""An adequate (passing, not strong) answer never takes a question past this box (3 days):
only strong answers space a question out further."""


@dataclass(frozen=True)
class Attempt:
    """One graded answer to a question, as the schedule sees it."""

    answered_at: datetime
    score: float | None
    band: str | None
    skipped: bool = False

    @property
    def outcome(self) -> str:
        """'strong', 'adequate' or 'weak' (skipped counts as weak)."""
        if self.skipped:
            return "weak"
        return answer_outcome(self.score, self.band) or "weak"


@dataclass(frozen=True)
class ReviewItem:
    """Where one question stands in the schedule."""

    question_id: str
    box: int
    """0 (due at once) to `TOP_BOX`."""
    due: datetime
    attempts: int
    passes: int
    """Answers that were strong or adequate."""
    last_answered: datetime
    last_score: float | None
    last_outcome: str

    @property
    def ever_passed(self) -> bool:
        return self.passes > 0

    def is_due(self, now: datetime) -> bool:
        return self.due <= _aware(now)

    @property
    def reason(self) -> str:
        """Why the question is in the queue, in a few words."""
        if not self.ever_passed:
            return "never passed yet"
        if self.last_outcome == "weak":
            return "weak last time"
        return f"box {self.box}: due every {INTERVAL_DAYS[self.box]} day(s)"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def next_box(box: int, outcome: str) -> int:
    """The box a question moves to after an answer with this outcome."""
    if outcome == "strong":
        return min(box + 1, TOP_BOX)
    if outcome == "adequate":
        return min(box + 1, ADEQUATE_MAX_BOX)
    return 0


def review_item(question_id: str, attempts: Iterable[Attempt]) -> ReviewItem | None:
    """The schedule of one question from its attempts (any order); None without attempts."""
    ordered = sorted(attempts, key=lambda a: _aware(a.answered_at))
    if not ordered:
        return None
    box = 0
    for attempt in ordered:
        box = next_box(box, attempt.outcome)
    last = ordered[-1]
    return ReviewItem(
        question_id=question_id,
        box=box,
        due=_aware(last.answered_at) + timedelta(days=INTERVAL_DAYS[box]),
        attempts=len(ordered),
        passes=sum(a.outcome != "weak" for a in ordered),
        last_answered=_aware(last.answered_at),
        last_score=last.score,
        last_outcome=last.outcome,
    )


def _priority(item: ReviewItem) -> tuple[bool, datetime, float, str]:
    score = item.last_score if item.last_score is not None else 0.0
    return (item.ever_passed, item.due, score, item.question_id)


def review_schedule(store: Store, bank: Bank) -> list[ReviewItem]:
    """Every question of `bank` answered at least once (in any session of the bank), most due
    first: never-passed questions, then by due date, lower last score and id.

    Answers not yet graded are ignored; questions no longer in the bank are left out.
    """
    attempts: dict[str, list[Attempt]] = {}
    for session in store.list_sessions(bank.id):
        for answer in store.answers(session.id):
            if answer.question_id not in bank:
                continue
            if answer.score is None and answer.band is None and not answer.skipped:
                continue
            canonical = bank.get(answer.question_id).id
            attempts.setdefault(canonical, []).append(
                Attempt(answer.submitted_at, answer.score, answer.band, answer.skipped)
            )
    items = [review_item(qid, found) for qid, found in attempts.items()]
    return sorted((i for i in items if i is not None), key=_priority)


def due_items(items: Sequence[ReviewItem], now: datetime) -> list[ReviewItem]:
    """The items due at `now`, keeping their order."""
    return [item for item in items if item.is_due(now)]


def next_due(items: Sequence[ReviewItem]) -> datetime | None:
    """When the earliest of these items is due, or None if there are none."""
    return min((item.due for item in items), default=None)


def review_unavailable(due: datetime | None) -> str:
    """Why a review session cannot start now."""
    if due is None:
        return "Nothing to review yet: answer some questions of this bank first."
    from .report import format_when  # the date as every other screen shows it

    when = format_when(due)
    return f"Nothing is due for review yet; the next question is due {when}."


def review_queue(store: Store, bank: Bank, now: datetime, count: int) -> list[str]:
    """The ids of up to `count` questions of `bank` due for review at `now`, most due first.

    Empty when no question is due (none answered yet, or all answered well recently); use
    `next_due(review_schedule(store, bank))` to say when the next one will be.
    """
    return [item.question_id for item in due_items(review_schedule(store, bank), now)][:count]
