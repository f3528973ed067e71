"""care43 #1 and #2: the copies a history is kept as.

#1: a program killed while it had a history with a -wal open left its snapshot folder
(`.history.sqlite3.opening-*`) behind for ever, one more for each kill; the next program to open
the history now deletes those no program has open, and leaves another terminal's alone.
#2: the way out of a damaged history (move aside, start afresh) kept a second copy of one damage
beside the copy the message had named; it now keeps one, and says which."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store_damage import REPO
from test_store_keep_store42 import (
    damage_found_in_use,
    digests,
    history_with_a_wal,
    history_with_updates_in_its_wal,
    read_everything,
)

from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreDamaged
from interviewer.core.store import Store
from interviewer.core.store.keep import STALE_AFTER, snapshot_folders, sweep
from interviewer.core.store.recovery import start_afresh

HOLD = """
import sys, time
from interviewer.core.store import Store
store = Store.open(sys.argv[1])
print("open", flush=True)
time.sleep(120)
"""


def holder(path: Path) -> subprocess.Popen[str]:
    """Another terminal: a real program with the history open (its snapshot taken)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "open"
    return process


def age(folders: list[Path]) -> None:
    old = time.time() - STALE_AFTER - 5
    for folder in folders:
        os.utime(folder, (old, old))


def test_a_killed_program_s_snapshot_is_deleted_on_the_next_open(tmp_path: Path) -> None:
    path = history_with_a_wal(tmp_path, garbage_at=None)
    for _ in range(3):  # killed three times with the history open
        process = holder(path)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    left = snapshot_folders(path)
    assert len(left) == 3
    age(left)
    with Store.open(path) as store:
        assert len(store.list_sessions()) == 63
        assert [f for f in snapshot_folders(path) if f in left] == []  # swept
    assert snapshot_folders(path) == []  # and its own deleted on closing


def test_another_terminal_s_snapshot_is_left_alone(tmp_path: Path) -> None:
    path = history_with_a_wal(tmp_path, garbage_at=None)
    process = holder(path)
    try:
        [theirs] = snapshot_folders(path)
        age([theirs])
        assert sweep(path) == []
        Store.open(path).close()
        assert theirs.is_dir() and (theirs / path.name).is_file()  # still theirs
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert sweep(path) == [theirs] and snapshot_folders(path) == []


def test_a_young_folder_without_its_lock_yet_is_left(tmp_path: Path) -> None:
    """A folder another program has just made, its lock file not yet locked: left until it is
    older than STALE_AFTER."""
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    young = tmp_path / f".{path.name}.opening-abc"
    young.mkdir()
    assert sweep(path) == [] and young.is_dir()
    assert sweep(path, now=time.time() + STALE_AFTER + 1) == [young] and not young.exists()


def damaged_copies(folder: Path) -> list[str]:
    copies = folder.glob("history.sqlite3.damaged-*")
    return sorted(p.name for p in copies if not p.name.endswith(("-wal", "-shm")))


def test_damage_refused_at_open_is_kept_once_and_the_message_names_that_copy(
    tmp_path: Path,
) -> None:
    path = history_with_updates_in_its_wal(tmp_path)
    before = digests(path)
    with pytest.raises(StoreDamaged) as caught:
        Store.open(path)
    error = caught.value
    assert error.kept is not None and error.left is not None
    fresh, named = start_afresh(path, FakeClock(), kept=error.kept, left=error.left)
    fresh.close()
    assert named == Path(error.kept) and digests(named) == before
    assert damaged_copies(path.parent) == [named.name]  # one copy of one damage


def test_damage_found_in_use_is_kept_once(tmp_path: Path) -> None:
    path, before, store, damaged = damage_found_in_use(tmp_path)
    store.close()  # SQLite folds the -wal into the file: what it folds is in the copy
    kept = Path(str(damaged.kept))
    fresh, named = start_afresh(path, FakeClock(), kept=kept, left=store.left)
    fresh.close()
    assert named == kept and digests(kept) == before
    assert damaged_copies(path.parent) == [kept.name]


def test_a_file_saved_to_after_the_copy_is_kept_too(tmp_path: Path) -> None:
    """Another terminal saved to the damaged file after this program closed it: the file holds
    what the copy does not, so it is moved aside as well, never deleted."""
    path = history_with_updates_in_its_wal(tmp_path)
    with pytest.raises(StoreDamaged) as caught:
        Store.open(path)
    with path.open("ab") as other:
        other.write(b"saved elsewhere")
    error = caught.value
    fresh, moved = start_afresh(path, FakeClock(), kept=error.kept, left=error.left)
    fresh.close()
    assert moved != Path(str(error.kept)) and moved.read_bytes().endswith(b"saved elsewhere")
    assert len(damaged_copies(path.parent)) == 2


def test_a_store_that_saved_after_its_snapshot_leaves_no_digest(tmp_path: Path) -> None:
    """Answers saved after the copy was taken are only in the file in use: it is never deleted."""
    from test_store_keep_store42 import add_sessions

    path = history_with_a_wal(tmp_path, garbage_at=None)
    store = Store.open(path)
    add_sessions(store, 1)
    with path.open("r+b") as handle:
        handle.seek(8192)
        handle.write(os.urandom(90000))
    with pytest.raises(StoreDamaged) as caught:
        read_everything(store)
    store.close()
    assert caught.value.kept is not None and store.left is None


def test_the_app_says_which_copies_are_kept() -> None:
    from interviewer.tui.screens.damaged import set_aside_text

    one = set_aside_text(Path("/d/h.damaged-1"), "/d/h.damaged-1")
    assert one.endswith("kept as /d/h.damaged-1") and one.count("/d/h") == 1
    two = set_aside_text(Path("/d/h.damaged-1-2"), "/d/h.damaged-1")
    assert "kept as /d/h.damaged-1-2" in two and "at /d/h.damaged-1" in two


def test_the_damaged_screen_does_not_promise_to_move_the_file_when_a_copy_is_kept() -> None:
    from interviewer.tui.screens.damaged import damage_text

    copied = StoreDamaged("x", "/d/history.sqlite3", "malformed", "/d/history.sqlite3.damaged-1")
    assert "Nothing is deleted" not in damage_text(copied)
    assert "The copy above is kept" in damage_text(copied)
    plain = StoreDamaged("x", "/d/history.sqlite3", "malformed")
    assert "keeping it as history.sqlite3.damaged-DATE-TIME" in damage_text(plain)
