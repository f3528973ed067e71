"""A damaged history file is set aside (renamed, kept) and a fresh history opened (play25 F2)."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from store_helpers import answered_sessions

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreDamaged, StoreError
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.core.store.recovery import damaged_name, set_aside, start_afresh

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


def damaged_history(path: Path, sessions: int = 60) -> None:
    """A real history, then 14 KB of garbage written into its middle (as play25 F2 did):
    SQLite opens it, and some reads fail with "database disk image is malformed"."""
    bank = load_bank(MINI)
    with Store.open(path, clock=FakeClock()) as store:
        answered_sessions(store, bank, sessions, answer="An answer. " * 40)
    with path.open("r+b") as handle:
        handle.seek(20000)
        handle.write(os.urandom(14000))


def test_a_damaged_read_raises_store_damaged_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    damaged_history(path)
    with pytest.raises(StoreDamaged) as caught, Store.open(path) as store:
        for session in store.list_sessions():
            store.answers(session.id)
    assert caught.value.path == str(path)
    assert "damaged" in str(caught.value)


def test_a_garbage_file_is_refused_at_open_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreDamaged):
        Store.open(path)


def test_start_afresh_keeps_the_damaged_file_and_opens_an_empty_history(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    damaged_history(path)
    damaged_bytes = path.read_bytes()
    clock = FakeClock(start=datetime(2025, 1, 6, 9, 0, 0, tzinfo=timezone.utc))
    Store.open(path, clock=clock).close()
    fresh, kept = start_afresh(path, clock)
    with fresh:
        assert fresh.list_sessions() == []
        bank = load_bank(MINI)
        fresh.create_session(SessionConfig(bank_id="mini", count=1), bank)
        assert len(fresh.list_sessions()) == 1
    assert kept == damaged_name(path, clock.now())
    assert kept.name.startswith("history.sqlite3.damaged-2025010")
    assert kept.read_bytes() == damaged_bytes  # kept as it was
    assert path.exists() and path != kept


def test_a_second_set_aside_in_the_same_second_does_not_overwrite(tmp_path: Path) -> None:
    when = datetime(2025, 1, 6, 9, 0, 0, tzinfo=timezone.utc)
    path = tmp_path / "history.sqlite3"
    path.write_text("first")
    (tmp_path / "history.sqlite3-wal").write_text("first wal")
    first = set_aside(path, when)
    assert Path(f"{first}-wal").read_text() == "first wal"  # the side file moved with it
    assert not (tmp_path / "history.sqlite3-wal").exists()
    path.write_text("second")
    second = set_aside(path, when)
    assert second != first and second.name.endswith("-2")
    assert (first.read_text(), second.read_text()) == ("first", "second")


def test_a_file_that_cannot_be_moved_stays_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All or nothing: when a side file cannot move, the database moved first goes back."""
    path = tmp_path / "history.sqlite3"
    path.write_text("damaged")
    (tmp_path / "history.sqlite3-wal").write_text("wal")
    real_replace = os.replace

    def refuse_side_files(source: object, target: object) -> None:
        if str(source).endswith("-wal"):
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refuse_side_files)
    with pytest.raises(StoreError, match="cannot move the damaged history aside"):
        set_aside(path, datetime(2025, 1, 6, tzinfo=timezone.utc))
    assert path.read_text() == "damaged"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3", "history.sqlite3-wal"]


def test_an_in_memory_history_has_nothing_to_set_aside() -> None:
    with pytest.raises(StoreError, match="in-memory"):
        start_afresh(":memory:")
