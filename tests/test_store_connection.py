"""Tests for the history's connection: opening and migrating the file, errors a user can act
on (damaged, locked, newer, unwritable, closed), and commits that survive a killed process."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import suppress
from pathlib import Path

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.errors import StoreBusy, StoreError
from interviewer.core.session import SessionConfig
from interviewer.core.store import SCHEMA_VERSION, Store, StoredSession

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


@pytest.fixture
def bank():
    return load_bank(MINI)


def start(store, bank) -> StoredSession:
    return store.create_session(SessionConfig(bank_id=bank.id), bank)


def test_new_file_is_migrated_to_the_current_schema(tmp_path):
    path = tmp_path / "deep" / "folder" / "history.sqlite3"
    store = Store.open(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        raw.close()
    assert {"sessions", "answers", "grade_history", "drafts"} <= tables


def test_empty_existing_file_is_migrated(tmp_path, bank):
    path = tmp_path / "history.sqlite3"
    path.touch()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        start(store, bank)
    with Store.open(path) as store:
        assert len(store.list_sessions()) == 1


def test_reopening_keeps_the_history(tmp_path, bank):
    path = tmp_path / "history.sqlite3"
    with Store.open(path) as store:
        session = start(store, bank)
        store.record_answer(
            session.id, position=1, question=bank.get("mini-001"), answer="typed", seconds=3.0,
            time_limit=90, score=60.0, band="adequate",
        )  # fmt: skip
    with Store.open(path) as store:
        assert store.latest_unfinished().id == session.id
        assert [a.score for a in store.answers(session.id)] == [60.0]


def test_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database, just some text " * 200)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    message = str(caught.value)
    assert str(path) in message
    assert "damaged" in message
    assert "--data-dir" in message and "INTERVIEWER_DATA_DIR" in message
    assert "kept at" in message
    assert path.read_bytes().startswith(b"this is not a database")


def test_malformed_database_gives_a_clear_error(tmp_path, bank):
    path = tmp_path / "history.sqlite3"
    with Store.open(path) as store:
        start(store, bank)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged|malformed"), Store.open(path) as store:
        store.list_sessions()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "history.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer interviewer") as caught:
        Store.open(path)
    assert "--data-dir" in str(caught.value)


def test_locked_database_gives_a_clear_error(tmp_path, bank):
    path = tmp_path / "history.sqlite3"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked") as caught:
            store = Store.open(path, timeout=0.05)
            try:
                start(store, bank)
            finally:
                store.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "another program" in str(caught.value)


def test_a_lock_is_a_store_busy_error_that_moves_nothing(tmp_path, bank):
    """play24 D3: the lock's message said "your old file is kept at", as if it had moved."""
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, timeout=0.05)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreBusy) as caught:
            start(store, bank)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        store.close()
    assert "locked by another program" in str(caught.value)
    assert "kept at" not in str(caught.value)


def test_patience_waits_the_time_given_and_then_the_opening_timeout_again(tmp_path, bank):
    """A screen saves with a short patience: a lock held by another program fails the save
    at once (in well under the 5 s the store waits otherwise), and the store then waits its
    own timeout again, in which the lock is freed."""
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, timeout=5.0)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        began = time.monotonic()
        with pytest.raises(StoreBusy), store.patience(0.1):
            start(store, bank)
        assert time.monotonic() - began < 2.0
        threading.Timer(0.3, lambda: holder.execute("ROLLBACK")).start()
        session = start(store, bank)  # waits (5 s at most) until the holder lets go
    finally:
        with suppress(sqlite3.Error):
            holder.execute("ROLLBACK")
        holder.close()
    assert store.get_session(session.id) is not None
    store.close()


def test_patience_gives_up_when_another_thread_keeps_the_store(tmp_path, bank):
    path = tmp_path / "history.sqlite3"
    store = Store.open(path)
    held, release = threading.Event(), threading.Event()

    def keep() -> None:
        with store._write():
            held.set()
            release.wait(5)

    worker = threading.Thread(target=keep)
    worker.start()
    held.wait(5)
    try:
        with pytest.raises(StoreBusy), store.patience(0.1):
            start(store, bank)
    finally:
        release.set()
        worker.join()
    start(store, bank)
    store.close()


def test_database_locked_in_exclusive_mode_cannot_be_opened(tmp_path):
    path = tmp_path / "history.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            Store.open(path, timeout=0.05)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_folder_that_cannot_be_created_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the data folder") as caught:
        Store.open(blocker / "data" / "history.sqlite3")
    assert "--data-dir" in str(caught.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unwritable_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="--data-dir"):
            Store.open(folder / "history.sqlite3")
    finally:
        folder.chmod(0o700)


def test_closed_store_raises_store_error(bank):
    store = Store.open(":memory:")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        start(store, bank)
    with pytest.raises(StoreError, match="closed"):
        store.list_sessions()


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_killed_process_loses_no_submitted_answer(tmp_path, bank):
    path = tmp_path / "history.sqlite3"
    script = f"""
import os, signal
from interviewer.core.bank import load_bank
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
bank = load_bank({str(MINI)!r})
store = Store.open({str(path)!r})
session = store.create_session(SessionConfig(bank_id="mini", seed=1), bank)
for position, qid in enumerate(["mini-001", "mini-002"], start=1):
    store.record_answer(session.id, position=position, question=bank.get(qid),
                        answer="typed", seconds=3.0, time_limit=90, score=50.0, band="adequate")
store.save_draft(session.id, "mini-003", "half an answer", 7.0)
os.kill(os.getpid(), signal.SIGKILL)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    with Store.open(path) as store:
        session = store.latest_unfinished()
        assert [a.question_id for a in store.answers(session.id)] == ["mini-001", "mini-002"]
        draft = store.load_draft(session.id)
        assert (draft.question_id, draft.text) == ("mini-003", "half an answer")
        assert draft.seconds_used == 7.0
