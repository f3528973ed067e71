"""Tests for the session plan: order, spread, repeats, seeds, fallback, adaptive steps, restore."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from interviewer.core.bank import LEVELS, Bank, Question, load_bank
from interviewer.core.clock import FakeClock, SystemClock
from interviewer.core.session import (
    DEFAULT_TIME_LIMITS,
    SessionConfig,
    SessionError,
    SessionPlan,
    answer_outcome,
    split_across_levels,
    time_limit_for,
)

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"
TOPICS = ("rag", "agents", "tokens", "safety")


def make_bank(per_level: int = 8, topics: tuple[str, ...] = TOPICS, levels=LEVELS) -> Bank:
    """A bank with `per_level` questions per level, cycling over `topics`."""
    questions = []
    for level in levels:
        for n in range(per_level):
            qid = f"{level[:3]}-{n:02d}"
            questions.append(
                Question(
                    id=qid,
                    prompt=f"Question {qid}?",
                    reference_answers=(f"Answer {qid}.",),
                    topic=topics[n % len(topics)],
                    level=level,
                    aliases=(f"old-{qid}",),
                )
            )
    return Bank(id="big", title="Big", version="1", questions=tuple(questions))


def run(plan: SessionPlan, score: float = 60.0, band: str = "adequate") -> list[Question]:
    asked = []
    while (question := plan.next_question()) is not None:
        asked.append(question)
        plan.record(question.id, score, band)
    return asked


def config(**options) -> SessionConfig:
    options.setdefault("bank_id", "big")
    options.setdefault("seed", 7)
    return SessionConfig(**options)


def test_questions_go_from_beginner_to_expert():
    asked = run(SessionPlan(make_bank(), config(count=10)))
    levels = [LEVELS.index(q.level) for q in asked]
    assert len(asked) == 10
    assert levels == sorted(levels)
    assert Counter(q.level for q in asked) == {"beginner": 3, "intermediate": 4, "expert": 3}


def test_questions_are_spread_over_topics_within_a_level():
    asked = run(SessionPlan(make_bank(), config(count=12)))
    for level in LEVELS:
        topics = [q.topic for q in asked if q.level == level]
        assert sorted(topics) == sorted(TOPICS)


def test_topic_filter_keeps_only_those_topics():
    asked = run(SessionPlan(make_bank(), config(count=6, topics=("rag", "safety"))))
    assert {q.topic for q in asked} == {"rag", "safety"}


def test_unknown_topic_is_a_clear_error():
    with pytest.raises(SessionError, match="no question on topic 'nope'"):
        SessionPlan(make_bank(), config(topics=("nope",)))


def test_no_question_is_asked_twice_even_under_an_alias():
    bank = make_bank(per_level=3)
    plan = SessionPlan(bank, config(count=9))
    asked = run(plan)
    assert len({q.id for q in asked}) == 9
    assert plan.next_question() is None
    with pytest.raises(SessionError, match="already has a recorded answer"):
        plan.record("old-beg-00", 50, "adequate")


def test_alias_answers_count_as_the_canonical_question():
    bank = load_bank(MINI)
    plan = SessionPlan(bank, SessionConfig(bank_id="mini", seed=1, count=3, adaptive=True))
    plan.record("mini-005", 80, "strong")
    assert plan.asked == ["mini-002"]
    asked = run(plan)
    assert "mini-002" not in {q.id for q in asked}
    assert len(plan.asked) == 3


def test_count_larger_than_bank_asks_every_question_once():
    bank = load_bank(MINI)
    plan = SessionPlan(bank, SessionConfig(bank_id="mini", seed=3))
    assert plan.total == 3
    assert [q.id for q in run(plan)] == ["mini-001", "mini-002", "mini-003"]


def test_same_seed_gives_the_same_session_and_another_seed_differs():
    bank = make_bank()
    first = [q.id for q in run(SessionPlan(bank, config(seed=42)))]
    again = [q.id for q in run(SessionPlan(bank, config(seed=42)))]
    others = {tuple(q.id for q in run(SessionPlan(bank, config(seed=s)))) for s in range(5)}
    assert first == again
    assert len(others) > 1


def test_seed_is_picked_and_recorded_when_none_is_given():
    plan = SessionPlan(make_bank(), config(seed=None))
    assert plan.config.seed is not None
    assert plan.seed == plan.config.seed
    first = [q.id for q in run(plan)]
    assert [q.id for q in run(SessionPlan(make_bank(), plan.config))] == first


def test_question_order_does_not_depend_on_yaml_order():
    bank = make_bank()
    reversed_bank = bank.with_questions(reversed(bank.questions))
    assert [q.id for q in run(SessionPlan(bank, config()))] == [
        q.id for q in run(SessionPlan(reversed_bank, config()))
    ]


def test_short_level_hands_its_share_to_the_others():
    bank = make_bank(per_level=8)
    bank = bank.with_questions(q for q in bank if q.level != "expert" or q.id == "exp-00")
    asked = run(SessionPlan(bank, config(count=10)))
    counts = Counter(q.level for q in asked)
    assert counts["expert"] == 1
    assert sum(counts.values()) == 10
    assert [LEVELS.index(q.level) for q in asked] == sorted(LEVELS.index(q.level) for q in asked)


def test_split_across_levels():
    full = dict.fromkeys(LEVELS, 100)
    assert split_across_levels(10, full) == {"beginner": 3, "intermediate": 4, "expert": 3}
    assert split_across_levels(11, full) == {"beginner": 4, "intermediate": 4, "expert": 3}
    assert split_across_levels(1, full) == {"beginner": 0, "intermediate": 1, "expert": 0}
    no_beginner = {"beginner": 0, "intermediate": 10, "expert": 10}
    assert split_across_levels(10, no_beginner) == {
        "beginner": 0,
        "intermediate": 5,
        "expert": 5,
    }


def test_answer_outcome():
    assert answer_outcome(80, "adequate") == "strong"
    assert answer_outcome(40, "strong") == "strong"
    assert answer_outcome(60, "adequate") == "adequate"
    assert answer_outcome(60, "weak") == "weak"
    assert answer_outcome(0, "missing") == "weak"
    assert answer_outcome(0, "skipped") == "weak"
    assert answer_outcome(None, None) is None


def test_adaptive_starts_at_beginner_and_strong_answers_climb():
    plan = SessionPlan(make_bank(), config(adaptive=True, count=5))
    levels = []
    while (question := plan.next_question()) is not None:
        levels.append(question.level)
        plan.record(question.id, 90, "strong")
    assert levels == ["beginner", "intermediate", "expert", "expert", "expert"]
    assert plan.level_reached == "expert"


def test_adaptive_adequate_stays_and_one_weak_stays():
    plan = SessionPlan(make_bank(), config(adaptive=True, count=6))
    q = plan.next_question()
    plan.record(q.id, 90, "strong")
    q = plan.next_question()
    assert q.level == "intermediate"
    plan.record(q.id, 60, "adequate")
    assert plan.next_question().level == "intermediate"
    plan.record(plan.next_question().id, 30, "weak")
    assert plan.next_question().level == "intermediate"
    assert plan.level_reached == "intermediate"


def test_adaptive_two_weak_in_a_row_step_down():
    plan = SessionPlan(make_bank(), config(adaptive=True, count=8))
    for score, band in [(90, "strong"), (90, "strong")]:
        plan.record(plan.next_question().id, score, band)
    assert plan.current_level == "expert"
    plan.record(plan.next_question().id, 20, "weak")
    assert plan.next_question().level == "expert"
    plan.record(plan.next_question().id, 0, "missing")
    assert plan.current_level == "intermediate"
    assert plan.next_question().level == "intermediate"
    # Never held up at expert: the highest pass was intermediate.
    assert plan.level_reached == "intermediate"


def test_adaptive_weak_then_adequate_resets_the_streak():
    plan = SessionPlan(make_bank(), config(adaptive=True, count=8))
    plan.record(plan.next_question().id, 90, "strong")
    plan.record(plan.next_question().id, 20, "weak")
    plan.record(plan.next_question().id, 60, "adequate")
    plan.record(plan.next_question().id, 20, "weak")
    assert plan.current_level == "intermediate"


def test_adaptive_all_weak_stays_at_beginner_and_reaches_nothing():
    plan = SessionPlan(make_bank(), config(adaptive=True, count=5))
    asked = run(plan, score=10, band="weak")
    assert {q.level for q in asked} == {"beginner"}
    assert plan.level_reached is None


def test_adaptive_falls_back_to_the_nearest_level_when_one_runs_out():
    bank = make_bank(per_level=2)
    plan = SessionPlan(bank, config(adaptive=True, count=6))
    asked = run(plan, score=10, band="weak")
    assert [q.level for q in asked] == ["beginner"] * 2 + ["intermediate"] * 2 + ["expert"] * 2


def test_position_and_total_count_answers():
    plan = SessionPlan(make_bank(), config(count=4))
    assert (plan.position, plan.total) == (1, 4)
    question = plan.next_question()
    assert plan.next_question() is question
    assert plan.position == 1
    plan.record(question.id, 50, "adequate")
    assert plan.position == 2
    assert not plan.finished


@pytest.mark.parametrize("adaptive", [False, True])
def test_restore_rebuilds_the_same_plan(adaptive):
    bank = make_bank()
    results = [(90, "strong"), (20, "weak"), (80, "strong"), (10, "missing"), (5, "weak")]
    original = SessionPlan(bank, config(adaptive=adaptive, count=10))
    answered = []
    for score, band in results:
        question = original.next_question()
        original.record(question.id, score, band)
        answered.append((question.id, score, band))
    restored = SessionPlan.restore(bank, original.config, answered)
    assert restored.asked == original.asked
    assert restored.position == original.position == 6
    assert restored.level_reached == original.level_reached
    assert restored.next_question() == original.next_question()
    assert [q.id for q in run(restored)] == [q.id for q in run(original)]


def test_restore_accepts_answers_the_plan_would_not_have_chosen():
    bank = make_bank()
    original = SessionPlan(bank, config(count=5))
    first = original.next_question()
    other = next(q for q in bank if q.id != first.id and q.level == "expert")
    restored = SessionPlan.restore(bank, original.config, [(other.id, 50, "adequate")])
    assert restored.asked[0] == other.id
    rest = run(restored)
    assert other.id not in {q.id for q in rest}
    assert len(restored.asked) == 5


def test_restore_needs_a_seed():
    with pytest.raises(SessionError, match="seed"):
        SessionPlan.restore(make_bank(), config(seed=None), [])


def test_time_limit_override_question_level_and_untimed():
    bank = load_bank(MINI)
    beginner, own_limit = bank.get("mini-001"), bank.get("mini-002")
    base = SessionConfig(bank_id="mini")
    assert time_limit_for(beginner, base) == DEFAULT_TIME_LIMITS["beginner"] == 90
    assert time_limit_for(own_limit, base) == 60
    assert time_limit_for(own_limit, SessionConfig(bank_id="mini", time_limit=30)) == 30
    assert time_limit_for(beginner, SessionConfig(bank_id="mini", untimed=True)) is None


def test_config_rejects_bad_options_and_round_trips():
    with pytest.raises(SessionError):
        SessionConfig(bank_id="x", mode="exam")
    with pytest.raises(SessionError):
        SessionConfig(bank_id="x", count=0)
    with pytest.raises(SessionError, match="not both"):
        SessionConfig(bank_id="x", time_limit=30, untimed=True)
    original = SessionConfig(bank_id="x", topics=("a", "b"), seed=5, adaptive=True)
    assert SessionConfig.from_dict(original.to_dict()) == original
    assert SessionConfig.from_dict({**original.to_dict(), "future": 1}) == original


def test_fake_clock_moves_only_when_advanced():
    clock = FakeClock()
    start, wall = clock.monotonic(), clock.now()
    assert wall.utcoffset().total_seconds() == 0
    clock.advance(2.5)
    assert clock.monotonic() - start == 2.5
    assert (clock.now() - wall).total_seconds() == 2.5
    with pytest.raises(ValueError):
        clock.advance(-1)
    assert SystemClock().now().tzinfo is not None


def test_session_clock_and_store_do_not_load_textual():
    code = (
        "import sys, interviewer.core.clock, interviewer.core.session, interviewer.core.store;"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
