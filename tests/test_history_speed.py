"""What keeps the history fast at 1,000 sessions: the answers' summary index, the latest lookup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store_helpers import old_history

from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import SCHEMA_VERSION, Store


def test_a_schema_2_history_gets_the_answer_summary_index(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    raw = old_history(path, 2)
    raw.commit()
    raw.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    raw = sqlite3.connect(path)
    names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    plan = " ".join(
        str(r)
        for r in raw.execute(
            "EXPLAIN QUERY PLAN SELECT count(a.id), avg(a.score), sum(a.seconds)"
            " FROM answers a WHERE a.session_id = 's1'"
        )
    )
    raw.close()
    assert "answers_summary" in names
    assert "COVERING INDEX answers_summary" in plan


def _session_with(store: Store, answers: int, clock: FakeClock, bank) -> str:  # noqa: ANN001
    session = store.create_session(SessionConfig(bank_id=bank.id, count=3, seed=1), bank, clock)
    for position, question in enumerate(list(bank)[:answers], start=1):
        store.record_answer(
            session.id,
            position=position,
            question=question,
            answer="an answer",
            seconds=10.0,
            time_limit=90,
            timed_out=False,
            skipped=False,
            score=3.0,
            band="pass",
            grade=None,
            grader_version=None,
        )
    clock.advance(60)
    return session.id


def test_latest_with_answers_passes_over_newer_sessions_without_answers() -> None:
    from interviewer.core.catalog import Catalog

    bank = Catalog(None).find("genai")
    clock = FakeClock()
    with Store.open(":memory:", clock=clock) as store:
        assert store.latest_with_answers() is None
        _session_with(store, 2, clock, bank)
        wanted = _session_with(store, 1, clock, bank)
        _session_with(store, 0, clock, bank)
        latest = store.latest_with_answers()
        assert latest is not None
        assert latest.id == wanted and latest.answer_count == 1
