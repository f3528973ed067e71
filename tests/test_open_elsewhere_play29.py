"""play29 F19: a session open in one terminal and resumed in another. The second is told, in
plain words, and offered its report or a take-over; the first, taken over, stops saving and
keeps what was typed in a file; a lease left by a killed program locks no one out."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pilot_helpers import make_app, two_terminals, wait_for

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import (
    InterviewRun,
    SessionLease,
    SessionOpenElsewhere,
    SessionTakenOver,
)
from interviewer.core.rescue import RESCUE_PREFIX
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.open_elsewhere import OpenElsewhereScreen
from interviewer.tui.screens.report import ReportScreen

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def _session(genai: Bank, store: Store) -> str:
    config = SessionConfig(bank_id="genai", count=3, seed=2, mode="interview")
    run = InterviewRun.start(
        bank=genai, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )
    return run.session.id


def _resumed(genai: Bank, store: Store, session_id: str) -> InterviewRun:
    session = store.get_session(session_id)
    assert session is not None
    return InterviewRun.resume(
        bank=genai, store=store, clock=FakeClock(), session=session, grader_factory=grader_for
    )


def test_a_second_claim_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    first = SessionLease.claim(history, "abcdef0123", NOW)
    with pytest.raises(SessionOpenElsewhere) as refused:
        SessionLease.claim(history, "abcdef0123", NOW)
    assert refused.value.holder is not None and refused.value.holder.pid == os.getpid()
    assert str(refused.value).startswith("session abcdef01 is open in another terminal (process")
    first.release()
    SessionLease.claim(history, "abcdef0123", NOW).release()  # free again once let go


def test_a_take_over_stops_the_holder_and_gets_the_lock_once_it_lets_go(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    first = SessionLease.claim(history, "abcdef0123", NOW)
    taker = SessionLease.claim(history, "abcdef0123", NOW, take_over=True)
    assert first.taken_over and not taker.taken_over
    assert not taker.held  # the first still holds the lock
    taker.renew()
    assert not taker.held
    first.release()
    taker.renew()
    assert taker.held
    with pytest.raises(SessionOpenElsewhere):  # a third is refused: the taker holds it now
        SessionLease.claim(history, "abcdef0123", NOW)


def test_the_lease_of_a_killed_program_locks_no_one_out(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    code = (
        "import sys, time; from datetime import datetime, timezone; from pathlib import Path;"
        "from interviewer.core.interview import SessionLease;"
        "lease = SessionLease.claim(Path(sys.argv[1]), 'abcdef0123', datetime.now(timezone.utc));"
        "print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(history)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(SessionOpenElsewhere) as refused:
            SessionLease.claim(history, "abcdef0123", NOW)
        assert refused.value.holder is not None and refused.value.holder.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    SessionLease.claim(history, "abcdef0123", NOW).release()  # no stale lease


def test_a_taken_over_run_saves_neither_answer_nor_draft(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    session_id = _session(genai, store)
    first = _resumed(genai, store, session_id)
    first.claim()
    first.next_question()
    second = _resumed(genai, store, session_id)
    with pytest.raises(SessionOpenElsewhere):
        second.claim()
    second.claim(take_over=True)
    second.next_question()
    second.checkpoint("the taker's draft")
    with pytest.raises(SessionTakenOver):
        first.checkpoint("the first one's text")
    with pytest.raises(SessionTakenOver):
        first.submit("the first one's answer")
    assert store.answers(session_id) == []
    draft = store.load_draft(session_id)
    assert draft is not None and draft.text == "the taker's draft"


async def test_resuming_a_session_open_elsewhere_asks_and_r_reads_its_report(
    genai: Bank, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    session_id = _session(genai, store)
    elsewhere = SessionLease.claim(tmp_path / "history.sqlite3", session_id, NOW)
    app = make_app(store, tmp_path, resume=store.get_session(session_id))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, OpenElsewhereScreen))
        body = str(app.screen.query_one("#dialog-body").render())
        assert f"Session {session_id[:8]} is already open in another terminal" in body
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    assert not elsewhere.taken_over
    elsewhere.release()


async def test_taking_over_opens_the_session_and_the_other_terminal_keeps_its_text(
    tmp_path: Path,
) -> None:
    """Both terminals are apps in this process: the first is taken over by the second."""
    async with two_terminals(tmp_path, "Typed in the first terminal.") as both:
        pass
    [rescued] = tmp_path.glob(f"{RESCUE_PREFIX}*.json")
    kept = json.loads(rescued.read_text("utf-8"))
    assert [a["answer"] for a in kept["answers"]] == ["Typed in the first terminal."]
    assert "taken over" in kept["what"]
    assert both.store.answers(both.session_id) == []
