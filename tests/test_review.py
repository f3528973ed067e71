"""Tests for the spaced-repetition rule behind `start --review`."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.review import (
    ADEQUATE_MAX_BOX,
    INTERVAL_DAYS,
    Attempt,
    next_box,
    next_due,
    review_item,
    review_queue,
    review_schedule,
)
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def attempts(*outcomes: str) -> list[Attempt]:
    scores = {"strong": (95.0, "strong"), "adequate": (72.0, "adequate"), "weak": (20.0, "weak")}
    return [Attempt(day(i), *scores[o]) for i, o in enumerate(outcomes)]


def test_intervals_grow_with_a_streak_of_strong_answers():
    assert INTERVAL_DAYS == (0, 1, 3, 7, 14, 30)
    gaps = []
    for streak in range(1, 8):
        item = review_item("q", attempts(*["strong"] * streak))
        gaps.append((item.due - item.last_answered).days)
    assert gaps == [1, 3, 7, 14, 30, 30, 30]


def test_weak_answer_is_due_at_once_and_resets_the_streak():
    item = review_item("q", attempts("strong", "strong", "strong", "weak"))
    assert item.box == 0 and item.due == item.last_answered
    assert item.is_due(item.last_answered)
    again = review_item("q", attempts("strong", "strong", "strong", "weak", "strong"))
    assert again.box == 1 and (again.due - again.last_answered).days == 1


def test_adequate_answers_never_space_a_question_past_three_days():
    assert [next_box(b, "adequate") for b in range(6)] == [1, 2, 2, 2, 2, 2]
    item = review_item("q", attempts("adequate", "adequate", "adequate", "adequate"))
    assert item.box == ADEQUATE_MAX_BOX and (item.due - item.last_answered).days == 3
    dropped = review_item("q", attempts("strong", "strong", "strong", "strong", "adequate"))
    assert dropped.box == 2


def test_skipped_counts_as_weak_whatever_its_score():
    assert Attempt(T0, None, None, skipped=True).outcome == "weak"
    assert Attempt(T0, 90.0, "strong", skipped=True).outcome == "weak"


def test_attempt_order_is_by_time_not_by_list_order():
    forward = attempts("strong", "weak")
    assert review_item("q", reversed(forward)) == review_item("q", forward)
    assert review_item("q", []) is None


# ---------------------------------------------------------------------------------------------
# From the store


@pytest.fixture
def bank():
    return load_bank(MINI)


@pytest.fixture
def clock():
    return FakeClock(start=T0)


@pytest.fixture
def store(clock):
    with Store.open(":memory:", clock=clock) as opened:
        yield opened


def answer_session(store, bank, clock, results):
    """One session answering `results` [(question_id, score, band)], a minute apart."""
    session = store.create_session(SessionConfig(bank_id=bank.id), bank)
    for position, (question_id, score, band) in enumerate(results, start=1):
        clock.advance(60)
        store.record_answer(
            session.id, position=position, question=bank.get(question_id), answer="text",
            seconds=30, time_limit=90, score=score, band=band, skipped=band == "skipped",
        )  # fmt: skip
    return session


def test_empty_history_has_nothing_to_review(store, bank):
    assert review_queue(store, bank, T0, 10) == []
    assert review_schedule(store, bank) == []
    assert next_due([]) is None


def test_queue_puts_never_passed_first_then_most_overdue(store, bank, clock):
    answer_session(
        store, bank, clock,
        [("mini-001", 95.0, "strong"), ("mini-002", 20.0, "weak"), ("mini-003", 72.0, "adequate")],
    )  # fmt: skip
    clock.advance(3 * 86400)
    answer_session(store, bank, clock, [("mini-003", 10.0, "weak")])
    now = clock.now()

    # mini-002: never passed. mini-003: passed once, weak now (due at once).
    # mini-001: strong once, due a day after; now three days late.
    assert review_queue(store, bank, now, 10) == ["mini-002", "mini-001", "mini-003"]
    assert review_queue(store, bank, now, 1) == ["mini-002"]
    reasons = {i.question_id: i.reason for i in review_schedule(store, bank)}
    assert reasons["mini-002"] == "never passed yet"
    assert reasons["mini-003"] == "weak last time"


def test_strong_answers_drop_out_until_due(store, bank, clock):
    answer_session(store, bank, clock, [("mini-001", 95.0, "strong"), ("mini-002", 20.0, "weak")])
    now = clock.now()
    assert review_queue(store, bank, now, 10) == ["mini-002"]
    assert review_queue(store, bank, now + timedelta(days=1), 10) == ["mini-002", "mini-001"]
    schedule = review_schedule(store, bank)
    assert next_due(schedule) == min(i.due for i in schedule)


def test_aliases_count_for_their_question_and_ungraded_answers_are_ignored(store, bank, clock):
    answer_session(
        store, bank, clock,
        [("mini-005", 20.0, "weak"), ("mini-001", None, None)],
    )  # fmt: skip
    clock.advance(86400)
    answer_session(store, bank, clock, [("mini-002", 95.0, "strong")])
    [item] = review_schedule(store, bank)
    assert item.question_id == "mini-002" and item.attempts == 2 and item.box == 1
    assert review_queue(store, bank, clock.now(), 10) == []


def test_skipped_answers_come_back_first(store, bank, clock):
    answer_session(
        store, bank, clock, [("mini-001", 72.0, "adequate"), ("mini-003", None, "skipped")]
    )
    assert review_queue(store, bank, clock.now() + timedelta(days=1), 10) == [
        "mini-003",
        "mini-001",
    ]


def test_other_banks_do_not_count_and_naive_now_is_utc(store, bank, clock):
    other = replace(load_bank(MINI), id="other", _index={})
    answer_session(store, other, clock, [("mini-001", 10.0, "weak")])
    assert review_queue(store, bank, clock.now(), 10) == []
    assert review_queue(store, other, clock.now().replace(tzinfo=None), 10) == ["mini-001"]
