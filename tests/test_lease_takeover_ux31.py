"""ux31: the gap after a take-over. The taker took the session over but gets the lock only when
the program it took it from lets go, and looks about once a second; a third program that found
the lock free in between got the session without a word, and the taker was taken over in turn.
The taker's row in the leases' table (a real SQLite file here) now says it waits for the lock,
and a claim compares and swaps that row in one transaction."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from interviewer.core.interview import SessionLease, SessionOpenElsewhere
from interviewer.core.store.lease import LEASE_FOLDER, LEASE_TABLE_FILE, open_elsewhere

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SESSION = "abcdef0123"


def _rows(history: Path) -> list[tuple[str, int]]:
    """(token, locked) of every row, read straight from the SQLite file."""
    with sqlite3.connect(history.parent / LEASE_FOLDER / LEASE_TABLE_FILE) as table:
        return table.execute("SELECT token, locked FROM lease").fetchall()


def test_the_take_over_is_written_at_once_marked_as_waiting_for_the_lock(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    first = SessionLease.claim(history, SESSION, NOW)
    assert _rows(history) == [(first.holder.token, 1)]
    taker = SessionLease.claim(history, SESSION, NOW, take_over=True)
    assert _rows(history) == [(taker.holder.token, 0)]
    first.release()  # taken over: the release leaves the taker's row alone
    assert _rows(history) == [(taker.holder.token, 0)]
    taker.renew()
    assert taker.held and _rows(history) == [(taker.holder.token, 1)]
    taker.release()
    assert _rows(history) == []


def test_a_third_program_cannot_claim_while_the_taker_waits_for_the_lock(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    first = SessionLease.claim(history, SESSION, NOW)
    taker = SessionLease.claim(history, SESSION, NOW, take_over=True)
    first.release()  # the lock is free; the taker has not looked again yet
    assert open_elsewhere(history, SESSION)  # its answers are the taker's to save
    with pytest.raises(SessionOpenElsewhere) as refused:
        SessionLease.claim(history, SESSION, NOW)
    assert refused.value.holder is not None
    assert refused.value.holder.token == taker.holder.token
    assert not taker.taken_over
    taker.renew()  # the refused claim let go of the lock it had found free
    assert taker.held
    with pytest.raises(SessionOpenElsewhere):
        SessionLease.claim(history, SESSION, NOW)
    # a third that asks to take over still can: it is asked first, in plain words
    third = SessionLease.claim(history, SESSION, NOW, take_over=True)
    assert taker.taken_over and not third.taken_over
    taker.release()
    third.release()


def test_a_taker_that_died_before_getting_the_lock_locks_no_one_out(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    first = SessionLease.claim(history, SESSION, NOW)
    code = (
        "import sys; from datetime import datetime, timezone; from pathlib import Path;"
        "from interviewer.core.interview import SessionLease;"
        "SessionLease.claim(Path(sys.argv[1]), sys.argv[2], datetime.now(timezone.utc),"
        " take_over=True)"
    )
    subprocess.run([sys.executable, "-c", code, str(history), SESSION], check=True)
    assert first.taken_over
    first.release()
    assert not open_elsewhere(history, SESSION)
    later = SessionLease.claim(history, SESSION, NOW)  # the taker's process is gone
    assert later.held and not later.taken_over
    later.release()
