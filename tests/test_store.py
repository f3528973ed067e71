"""Tests for the history store's records: sessions, answers, drafts and regrading round-trip,
and the history as JSON. Opening, migrations and errors: test_store_connection.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreError
from interviewer.core.session import SessionConfig, SessionPlan, session_progress
from interviewer.core.store import (
    Store,
    StoredAnswer,
    StoredSession,
    history_json,
)

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


@pytest.fixture
def bank():
    return load_bank(MINI)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def store(clock):
    with Store.open(":memory:", clock=clock) as opened:
        yield opened


def start(store, bank, **options) -> StoredSession:
    return store.create_session(SessionConfig(bank_id=bank.id, **options), bank)


def answer(store, session, bank, position=1, question_id="mini-001", **fields) -> StoredAnswer:
    fields.setdefault("answer", "A model trained to predict the next token.")
    fields.setdefault("seconds", 12.5)
    fields.setdefault("time_limit", 90)
    return store.record_answer(
        session.id, position=position, question=bank.get(question_id), **fields
    )


def test_session_round_trip(store, bank, clock):
    session = start(store, bank, mode="practice", count=3, seed=9, adaptive=True)
    assert session.bank_id == "mini" and session.bank_version == "1.0"
    assert session.mode == "practice"
    assert session.config == SessionConfig(
        bank_id="mini", mode="practice", count=3, seed=9, adaptive=True
    )
    assert session.started_at == clock.now()
    assert not session.finished and session.answer_count == 0 and session.mean_score is None
    assert store.get_session(session.id) == session
    assert store.get_session(session.id[:8]) == session
    assert store.get_session("nope") is None


def test_session_without_seed_is_stored_with_one(store, bank):
    session = start(store, bank)
    assert session.config.seed is not None
    plan = SessionPlan(bank, session.config)
    assert plan.seed == session.config.seed


def test_answer_round_trip_with_grade(store, bank):
    session = start(store, bank)
    grade = {"score": 82.0, "band": "strong", "matched": ["next token"]}
    saved = answer(
        store,
        session,
        bank,
        question_id="mini-005",
        score=82.0,
        band="strong",
        grade=grade,
        grader_version="1.0",
        timed_out=True,
    )
    assert saved.question_id == "mini-002"
    assert saved.prompt == bank.get("mini-002").prompt
    assert (saved.topic, saved.level) == ("models", "intermediate")
    assert saved.grade == grade
    assert saved.timed_out and not saved.skipped
    assert store.answers(session.id) == [saved]
    assert store.get_answer(saved.id) == saved
    refreshed = store.get_session(session.id)
    assert refreshed.answer_count == 1 and refreshed.mean_score == 82.0


def test_answer_is_committed_before_record_answer_returns(tmp_path, bank):
    path = tmp_path / "history.sqlite3"
    store = Store.open(path)
    session = start(store, bank)
    answer(store, session, bank, score=50.0, band="adequate")
    other = sqlite3.connect(path)
    try:
        rows = other.execute("SELECT question_id, score FROM answers").fetchall()
    finally:
        other.close()
    store.close()
    assert rows == [("mini-001", 50.0)]


def test_second_answer_at_the_same_position_is_refused(store, bank):
    session = start(store, bank)
    answer(store, session, bank)
    with pytest.raises(StoreError, match="already has an answer 1"):
        answer(store, session, bank, question_id="mini-002")
    assert len(store.answers(session.id)) == 1


def test_answer_for_unknown_session_is_refused(store, bank):
    with pytest.raises(StoreError, match="no session"):
        store.record_answer(
            "missing", position=1, question=bank.get("mini-001"), answer="", seconds=1,
            time_limit=None,
        )  # fmt: skip


def test_draft_is_replaced_and_deleted_by_the_answer(store, bank):
    session = start(store, bank)
    assert store.load_draft(session.id) is None
    store.save_draft(session.id, "mini-001", "A model", 4.0)
    store.save_draft(session.id, "mini-001", "A model trained", 9.0)
    draft = store.load_draft(session.id)
    assert (draft.question_id, draft.text, draft.seconds_used) == ("mini-001", "A model trained", 9)
    answer(store, session, bank)
    assert store.load_draft(session.id) is None


def test_a_finished_session_takes_no_draft_and_counts_none(store, bank):
    # play28 M6: a frozen app left behind saved its draft (17 minutes on its clock) into a
    # session resumed and finished elsewhere; history then showed 17:38 for 1:34 of answers
    session = start(store, bank)
    answer(store, session, bank, seconds=12.5)
    store.save_draft(session.id, "mini-002", "half an answer", 30.0)
    assert store.get_session(session.id).time_used == 42.5
    store.finish_session(session.id, None)
    store.save_draft(session.id, "mini-002", "the frozen app's draft", 1000.0)
    assert store.load_draft(session.id) is None
    assert store.get_session(session.id).time_used == 12.5


def test_finish_pause_and_latest_unfinished(store, bank, clock):
    first = start(store, bank)
    clock.advance(60)
    second = start(store, bank)
    store.add_paused(second.id, 12.5)
    store.add_paused(second.id, 2.5)
    assert store.latest_unfinished().id == second.id
    assert store.latest_unfinished().paused_seconds == 15.0
    store.save_draft(second.id, "mini-001", "half", 3)
    clock.advance(60)
    done = store.finish_session(second.id, "intermediate")
    assert done.finished and done.level_reached == "intermediate"
    assert done.finished_at == clock.now()
    assert store.load_draft(second.id) is None
    assert store.latest_unfinished().id == first.id
    store.finish_session(first.id, None)
    assert store.latest_unfinished() is None
    with pytest.raises(StoreError, match="no session"):
        store.add_paused("missing", 1)


def test_list_sessions_newest_first_and_by_bank(store, bank, clock):
    older = start(store, bank)
    clock.advance(10)
    newer = start(store, bank)
    same_time = start(store, bank)
    assert [s.id for s in store.list_sessions()] == [same_time.id, newer.id, older.id]
    assert [s.id for s in store.list_sessions("mini")] == [same_time.id, newer.id, older.id]
    assert store.list_sessions("other") == []


def test_delete_session_removes_its_answers_and_draft(store, bank):
    session = start(store, bank)
    saved = answer(store, session, bank, score=10.0, band="weak", grade={"score": 10.0})
    store.update_grade(saved.id, score=20.0, band="weak", grade={}, grader_version="2")
    store.save_draft(session.id, "mini-002", "text", 1)
    assert store.delete_session(session.id)
    assert not store.delete_session(session.id)
    assert store.get_session(session.id) is None
    assert store.answers(session.id) == []
    assert store.grade_history(saved.id) == []
    assert store.load_draft(session.id) is None


def test_regrade_keeps_earlier_grades(store, bank, clock):
    session = start(store, bank)
    saved = answer(
        store, session, bank, score=40.0, band="weak", grade={"v": 1}, grader_version="1.0"
    )
    clock.advance(5)
    updated = store.update_grade(
        saved.id, score=70.0, band="adequate", grade={"v": 2}, grader_version="1.1"
    )
    store.update_grade(saved.id, score=72.0, band="adequate", grade={"v": 3}, grader_version="1.2")
    assert (updated.score, updated.band, updated.grade, updated.grader_version) == (
        70.0,
        "adequate",
        {"v": 2},
        "1.1",
    )
    history = store.grade_history(saved.id)
    assert [(h.score, h.band, h.grade, h.grader_version) for h in history] == [
        (40.0, "weak", {"v": 1}, "1.0"),
        (70.0, "adequate", {"v": 2}, "1.1"),
    ]
    assert history[0].regraded_at == clock.now()
    assert store.answers(session.id)[0].score == 72.0


def test_first_grade_of_an_ungraded_answer_leaves_no_history(store, bank):
    session = start(store, bank)
    saved = answer(store, session, bank)
    assert saved.score is None and saved.grade is None
    graded = store.update_grade(
        saved.id, score=55.0, band="adequate", grade={"a": 1}, grader_version="1"
    )
    assert graded.score == 55.0
    assert store.grade_history(saved.id) == []


def test_history_json(store, bank, clock):
    assert history_json(store) == []
    first = start(store, bank, mode="practice")
    answer(store, first, bank, score=80.0, band="strong", seconds=20.0)
    answer(store, first, bank, position=2, question_id="mini-002", score=40.0, band="weak")
    store.finish_session(first.id, "beginner")
    clock.advance(30)
    second = start(store, bank)
    answer(store, second, bank, timed_out=True, answer="")
    history = history_json(store)
    json.dumps(history)
    assert [h["id"] for h in history] == [second.id, first.id]
    assert history[1] == {
        "id": first.id,
        "bank": "mini",
        "mode": "practice",
        "started_at": first.started_at.isoformat(),
        "finished": True,
        "status": "closed",  # 2 answers of 3 planned
        "answered": 2,
        "skipped": 0,
        "unanswered": 0,
        "score": 60.0,
        "self_rating": None,
        "time_used": 32.5,
        "answers": [
            {
                "question_id": "mini-001",
                "answer": "A model trained to predict the next token.",
                "score": 80.0,
                "band": "strong",
                "self_rating": None,
                "seconds": 20.0,
                "timed_out": False,
                "skipped": False,
                "unanswered": False,
                "hints_used": 0,
                "appeal": None,
            },
            {
                "question_id": "mini-002",
                "answer": "A model trained to predict the next token.",
                "score": 40.0,
                "band": "weak",
                "self_rating": None,
                "seconds": 12.5,
                "timed_out": False,
                "skipped": False,
                "unanswered": False,
                "hints_used": 0,
                "appeal": None,
            },
        ],
    }
    assert history[0]["finished"] is False
    assert history[0]["score"] is None
    assert history[0]["answers"][0]["timed_out"] is True
    # nothing typed when time ran out: unanswered, not answered (play28 minor 5)
    assert (history[0]["answered"], history[0]["unanswered"]) == (0, 1)
    assert history[0]["answers"][0]["unanswered"] is True


def test_history_counts_skipped_questions_apart(store, bank):
    session = start(store, bank, count=3)
    answer(store, session, bank, score=80.0, band="strong")
    answer(store, session, bank, position=2, question_id="mini-002", score=0.0, band="missing",
           skipped=True)  # fmt: skip
    [stored] = store.list_sessions()
    assert (stored.answer_count, stored.answered_count, stored.skipped_count) == (2, 1, 1)
    assert session_progress(stored) == "1 answered, 1 skipped, of 3 planned"
    [entry] = history_json(store)
    assert (entry["answered"], entry["skipped"]) == (1, 1)
    assert [a["band"] for a in entry["answers"]] == ["strong", "skipped"]


def test_history_json_rounds_the_session_score_to_one_decimal(store, bank):
    session = start(store, bank, count=3)
    for position, (qid, score) in enumerate(
        [("mini-001", 40.1), ("mini-002", 40.1), ("mini-003", 52.7)], start=1
    ):
        answer(store, session, bank, position=position, question_id=qid, score=score, band="weak")
    [entry] = history_json(store)
    assert entry["score"] == 44.3 and repr(entry["score"]) == "44.3"


def test_resume_replays_the_plan_from_stored_answers(store, bank):
    session = start(store, bank, count=3, adaptive=True)
    plan = SessionPlan(bank, session.config)
    for score, band in [(90.0, "strong"), (30.0, "weak")]:
        question = plan.next_question()
        answer(store, session, bank, position=plan.position, question_id=question.id,
               score=score, band=band)  # fmt: skip
        plan.record(question.id, score, band)
    stored = store.answers(session.id)
    restored = SessionPlan.restore(
        bank, session.config, [(a.question_id, a.score, a.band) for a in stored]
    )
    assert restored.position == 3
    assert restored.next_question() == plan.next_question()
