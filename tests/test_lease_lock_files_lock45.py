"""lock45: `open-sessions/ID.lock` stayed, one empty file per session ever opened. A session's
lock file is now deleted when it is let go of with no one waiting for it, a claim sweeps the
files no program holds, and a program that locks a file checks that its path still names that
file (a file deleted by its holder can still be locked through a handle opened before). Real
files in tmp_path, and real second programs where another terminal matters."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_store_damage import REPO

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun, SessionLease, SessionOpenElsewhere
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store, file_locks
from interviewer.core.store.lease import LEASE_FOLDER, open_elsewhere

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

HOLD = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from interviewer.core.interview import SessionLease
lease = SessionLease.claim(Path(sys.argv[1]), sys.argv[2], datetime.now(timezone.utc))
print("held", flush=True)
sys.stdin.readline()
lease.release()
print("released", flush=True)
sys.stdin.readline()
"""


def other_terminal(history: Path, session_id: str) -> subprocess.Popen[str]:
    """A real second program holding `session_id`'s lease; a line on its stdin releases it."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(history), session_id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


def lock_files(history: Path) -> list[str]:
    return sorted(path.name for path in (history.parent / LEASE_FOLDER).glob("*.lock"))


def test_a_session_let_go_of_leaves_no_lock_file(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    for session_id in ("s1", "s2", "s3"):
        lease = SessionLease.claim(history, session_id, NOW)
        assert lock_files(history) == [f"{session_id}.lock"]
        lease.release()
        assert lock_files(history) == []
        assert not open_elsewhere(history, session_id)


def test_a_finished_session_of_a_real_history_leaves_no_lock_file(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    store = Store.open(history)
    config = SessionConfig(bank_id="genai", count=3, seed=2, mode="interview")
    run = InterviewRun.start(
        bank=Catalog(None).find("genai"),
        store=store,
        clock=FakeClock(),
        config=config,
        grader_factory=grader_for,
    )
    run.claim()
    assert lock_files(history) == [f"{run.session.id}.lock"]
    run.finish()
    run.release()  # as the interview screen does when it goes
    assert lock_files(history) == []
    store.close()


def test_a_taken_over_session_s_file_stays_for_the_taker(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    first = SessionLease.claim(history, "s1", NOW)
    taker = SessionLease.claim(history, "s1", NOW, take_over=True)
    first.release()  # the taker waits for this lock: its file is not deleted
    assert lock_files(history) == ["s1.lock"]
    taker.renew()
    assert taker.held
    with pytest.raises(SessionOpenElsewhere):
        SessionLease.claim(history, "s1", NOW)
    taker.release()
    assert lock_files(history) == []


@pytest.mark.skipif(sys.platform == "win32", reason="signals; Windows keeps open files")
def test_a_claim_sweeps_the_files_of_programs_that_ended_and_keeps_a_held_one(
    tmp_path: Path,
) -> None:
    history = tmp_path / "history.sqlite3"
    alive = other_terminal(history, "alive")
    try:
        dead = other_terminal(history, "dead")  # killed with the session open: file and row
        dead.send_signal(signal.SIGKILL)
        dead.wait()
        for session_id in ("old1", "old2"):  # left by the versions before lock45
            (history.parent / LEASE_FOLDER / f"{session_id}.lock").touch()
        assert lock_files(history) == ["alive.lock", "dead.lock", "old1.lock", "old2.lock"]
        mine = SessionLease.claim(history, "mine", NOW)
        assert lock_files(history) == ["alive.lock", "mine.lock"]
        assert open_elsewhere(history, "alive") and not open_elsewhere(history, "dead")
        with pytest.raises(SessionOpenElsewhere):
            SessionLease.claim(history, "alive", NOW)
        again = SessionLease.claim(history, "dead", NOW)  # a swept session opens as before
        again.release()
        mine.release()
        assert lock_files(history) == ["alive.lock"]
    finally:
        alive.kill()
        alive.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows does not delete open files")
def test_a_file_deleted_between_open_and_lock_is_not_taken_for_the_lease(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race: this program opens the lock file while another holds it; the other lets go
    and deletes it; this program's lock then succeeds on the deleted file. It must open the
    path again, or a third program would lock a new file of the same name beside it. (A claim
    and a release are serialised by the leases' table, so the open and lock are driven here
    outside a claim's transaction, as `open_elsewhere` does them.)"""
    history = tmp_path / "history.sqlite3"
    other = other_terminal(history, "s1")
    assert other.stdin is not None and other.stdout is not None
    real_try_lock = file_locks.try_lock
    calls = []

    def let_go_first(handle):  # type: ignore[no-untyped-def]
        if not calls:  # between this program's open and its lock: the other lets go
            other.stdin.write("\n")
            other.stdin.flush()
            assert other.stdout.readline().strip() == "released"
            assert lock_files(history) == []
        calls.append(handle)
        return real_try_lock(handle)

    monkeypatch.setattr(file_locks, "try_lock", let_go_first)
    try:
        path = history.parent / LEASE_FOLDER / "s1.lock"
        handle = file_locks.lock_file(path)
        monkeypatch.setattr(file_locks, "try_lock", real_try_lock)
        assert handle is not None and len(calls) == 2  # the deleted file let go, path reopened
        with handle:
            assert lock_files(history) == ["s1.lock"]
            assert open_elsewhere(history, "s1")
            with pytest.raises(SessionOpenElsewhere):
                SessionLease.claim(history, "s1", NOW)
    finally:
        other.kill()
        other.wait()
