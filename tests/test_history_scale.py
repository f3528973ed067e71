"""History at scale: reading a report or the history costs the same few queries however long
the history is (no query per earlier session or per answer)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store, history_json

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def bank():
    return load_bank(DATA / "banks" / "mini.yaml")


def history(bank, sessions: int) -> tuple[Store, list[str]]:  # noqa: ANN001
    clock = FakeClock()
    store = Store.open(":memory:", clock=clock)
    ids = []
    for n in range(sessions):
        session = store.create_session(SessionConfig(bank_id="mini", count=3, seed=n + 1), bank)
        for position, question in enumerate(bank.questions[:3], start=1):
            answer = store.record_answer(
                session.id,
                position=position,
                question=question,
                answer="text",
                seconds=10,
                time_limit=60,
                score=float(10 * (n % 10)),
                band="weak",
            )
            if n % 2:
                store.update_grade(answer.id, score=50.0, band="adequate", grade=None,
                                   grader_version="x")  # fmt: skip
        store.finish_session(session.id, None, clock)
        ids.append(session.id)
        clock.advance(60)
    return store, ids


def count_queries(store: Store, action) -> int:  # noqa: ANN001
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store._db.set_trace_callback(None)
    return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))


@pytest.mark.parametrize("what", ["report", "history_json"])
def test_reading_costs_the_same_queries_for_3_or_30_sessions(bank, what: str) -> None:
    counts = []
    for size in (3, 30):
        store, ids = history(bank, size)
        if what == "report":
            read = partial(build_report, store, ids[-1], bank)
        else:
            read = partial(history_json, store)
        counts.append(count_queries(store, read))
    assert counts[0] == counts[1]


def test_history_json_of_sessions_already_read_reads_no_session_list_again(bank) -> None:
    """`history --bank X --json` hands over the sessions it kept: they are not listed again,
    and only their answers are read."""
    store, ids = history(bank, 3)
    kept = [s for s in store.list_sessions() if s.id != ids[0]]
    given = count_queries(store, partial(history_json, store, kept))
    assert given == count_queries(store, partial(history_json, store)) - 1
    entries = history_json(store, kept)
    assert [e["id"] for e in entries] == [s.id for s in kept]
    assert entries == [e for e in history_json(store) if e["id"] != ids[0]]


def test_answers_of_sessions_in_chunks_keep_order(bank, monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewer.core.store import answers as store_answers

    monkeypatch.setattr(store_answers, "_IN_CHUNK", 2)
    store, ids = history(bank, 5)
    found = store.answers_of_sessions([ids[4], ids[0], ids[2], "nope"])
    assert list(found) == [ids[4], ids[0], ids[2], "nope"]
    assert found["nope"] == []
    for session_id in ids[:1] + ids[2:3] + ids[4:]:
        assert found[session_id] == store.answers(session_id)


def test_earlier_results_and_grade_histories_match_the_one_by_one_reads(bank) -> None:
    store, ids = history(bank, 4)
    latest = store.get_session(ids[-1])
    assert latest is not None
    rows = store.earlier_results("mini", latest)
    assert [r[0] for r in rows] == [ids[2]] * 3 + [ids[1]] * 3 + [ids[0]] * 3
    third, second = store.get_session(ids[2]), store.get_session(ids[1])
    assert third is not None and second is not None
    finished = third.finished
    assert rows[0][1:] == (store.answers(ids[2])[0].topic, 20.0, False, finished, third.config)
    # re-graded
    assert rows[3][1:] == (store.answers(ids[1])[0].topic, 50.0, False, finished, second.config)
    histories = store.grade_histories(ids[1])
    for answer in store.answers(ids[1]):
        assert histories[answer.id] == store.grade_history(answer.id)
    assert store.grade_histories(ids[0]) == {}
