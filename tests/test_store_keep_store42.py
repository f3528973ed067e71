"""store42 #1: a damaged history whose `-wal` still held answers had that log folded into the
damaged file and deleted on closing, while the message said the old file "is kept". The file
and its -wal and -shm are now kept byte for byte beside it, and the message says where."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from store_helpers import answered_sessions

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreBusy, StoreDamaged
from interviewer.core.store import Store
from interviewer.core.store.keep import copy_aside, needs_snapshot, snapshot
from interviewer.core.store.recovery import start_afresh

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"
SIDES = ("", "-wal", "-shm")


def add_sessions(store: Store, count: int) -> None:
    answered_sessions(store, load_bank(MINI), count, answer="An answer. " * 40)


def history_with_a_wal(folder: Path, *, garbage_at: int | None) -> Path:
    """A real history of 60 sessions, then 3 more left in its -wal (copied while the writer
    still had it open, as a killed program leaves it), then garbage written into the main
    file at `garbage_at` (90 KB of its pages, enough for listing the sessions to read
    some)."""
    live = folder / "live"
    live.mkdir()
    with Store.open(live / "history.sqlite3", clock=FakeClock()) as store:
        add_sessions(store, 60)
    writer = Store.open(live / "history.sqlite3", clock=FakeClock())
    writer._db.execute("PRAGMA wal_autocheckpoint = 0")
    add_sessions(writer, 3)
    data = folder / "data"
    data.mkdir()
    for side in SIDES:
        shutil.copyfile(live / f"history.sqlite3{side}", data / f"history.sqlite3{side}")
    writer.close()
    path = data / "history.sqlite3"
    assert (data / "history.sqlite3-wal").stat().st_size > 0
    if garbage_at is None:
        return path
    with path.open("r+b") as handle:
        handle.seek(garbage_at)
        handle.write(os.urandom(90000))
    return path


def digests(path: Path) -> dict[str, str]:
    return {s: hashlib.sha256(Path(f"{path}{s}").read_bytes()).hexdigest() for s in SIDES}


def read_everything(store: Store) -> None:
    for session in store.list_sessions():
        store.answers(session.id)


def damage_found_in_use(
    folder: Path, *, read_only: bool = False
) -> tuple[Path, dict[str, str], Store, StoreDamaged]:
    """A damaged history with answers in its -wal (`history_with_a_wal`), its digests before,
    the store that opened it, and the damage found while reading every session."""
    path = history_with_a_wal(folder, garbage_at=8192)
    before = digests(path)
    store = Store.open(path, read_only=read_only)
    with pytest.raises(StoreDamaged) as caught:
        read_everything(store)
    return path, before, store, caught.value


def test_damage_found_in_use_keeps_the_file_its_wal_and_shm_as_they_were(tmp_path: Path) -> None:
    path, before, store, damaged = damage_found_in_use(tmp_path)
    store.close()  # SQLite folds the -wal into the damaged file and deletes it
    assert not Path(f"{path}-wal").exists()
    kept = Path(str(damaged.kept))
    assert kept.name.startswith("history.sqlite3.damaged-") and kept.parent == path.parent
    assert digests(kept) == before  # byte for byte, all three
    assert f"a copy of it as it was, with its -wal and -shm, is kept at {kept}" in str(damaged)
    assert "your old file is kept" not in str(damaged)
    assert not list(path.parent.glob(".history.sqlite3.opening-*"))  # no snapshot left
    with sqlite3.connect(f"{kept.as_uri()}?mode=ro", uri=True) as copy:  # a real SQLite file
        assert copy.execute("SELECT count(*) FROM sessions").fetchone()[0] == 63


def history_with_updates_in_its_wal(folder: Path) -> Path:
    """A history whose -wal holds updated scores only (page 1, the header, not in it), and
    whose header is then overwritten: SQLite refuses it at once as not a database."""
    built = history_with_a_wal(folder, garbage_at=None)
    Store.open(built).close()  # a clean close folds the -wal in
    writer = sqlite3.connect(built, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE answers SET score = 60.0")
    path = folder / "copy" / built.name
    path.parent.mkdir()
    for side in SIDES:
        shutil.copyfile(f"{built}{side}", f"{path}{side}")
    writer.close()
    assert Path(f"{path}-wal").stat().st_size > 0
    with path.open("r+b") as handle:
        handle.write(os.urandom(16))
    return path


def test_damage_found_at_open_keeps_the_files_as_they_were(tmp_path: Path) -> None:
    path = history_with_updates_in_its_wal(tmp_path)
    before = digests(path)
    with pytest.raises(StoreDamaged) as caught:
        Store.open(path)
    assert caught.value.kept is not None and digests(Path(caught.value.kept)) == before
    assert str(caught.value).endswith(f"is kept at {caught.value.kept}")
    # the way out the app offers moves the file in use aside too: both are kept
    fresh, moved = start_afresh(path, FakeClock())
    fresh.close()
    assert moved != Path(caught.value.kept) and moved.exists()
    assert digests(Path(caught.value.kept)) == before


def test_a_healthy_history_with_a_wal_opens_and_leaves_no_copy(tmp_path: Path) -> None:
    path = history_with_a_wal(tmp_path, garbage_at=None)
    store = Store.open(path)
    assert len(list(path.parent.glob(".history.sqlite3.opening-*"))) == 1  # while open
    read_everything(store)
    assert len(store.list_sessions()) == 63
    store.close()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["history.sqlite3"]  # no snapshot, no damaged copy


def test_a_damaged_file_with_no_wal_is_left_as_it_is_and_said_so(tmp_path: Path) -> None:
    """Nothing to fold in (the history was closed cleanly, the connection only read): no copy
    is made, and the file the message names is still as it was."""
    path = history_with_a_wal(tmp_path, garbage_at=None)
    Store.open(path).close()  # fold the -wal in, as a clean close does
    with path.open("r+b") as handle:
        handle.seek(8192)
        handle.write(os.urandom(90000))
    before = path.read_bytes()
    assert not needs_snapshot(path)
    store = Store.open(path)
    with pytest.raises(StoreDamaged) as caught:
        read_everything(store)
    store.close()
    assert caught.value.kept is None and f"your old file is kept at {path}" in str(caught.value)
    assert path.read_bytes() == before


def test_when_no_copy_can_be_made_the_message_does_not_say_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that cannot be written (as a read-only data dir): the copy fails, the message
    says so instead of claiming the file is kept."""
    path = history_with_updates_in_its_wal(tmp_path)

    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(StoreDamaged) as caught:
        Store.open(path)
    assert caught.value.kept is None
    assert "no copy of it could be kept (Permission denied)" in str(caught.value)
    assert "is kept at" not in str(caught.value)
    assert not Path(f"{path}-wal").exists()  # folded in on closing: it was not kept


def test_a_snapshot_that_fails_halfway_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = history_with_a_wal(tmp_path, garbage_at=None)
    real_copy = shutil.copyfile

    def full_disk(source: object, target: object) -> object:
        if str(source).endswith("-shm"):
            raise OSError(28, "No space left on device")
        return real_copy(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    with pytest.raises(OSError, match="No space"):
        snapshot(path)
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "history.sqlite3", "history.sqlite3-shm", "history.sqlite3-wal"
    ]  # fmt: skip
    with pytest.raises(OSError, match="No space"):
        copy_aside(path, FakeClock().now())
    assert len(list(path.parent.iterdir())) == 3


def test_read_only_opening_of_a_damaged_history_changes_nothing(tmp_path: Path) -> None:
    """The reading commands open a history in a data dir that cannot be written read-only:
    SQLite cannot fold the -wal in, so the file and its -wal stay byte for byte and the
    message says the file is kept where it is."""
    path, before, store, damaged = damage_found_in_use(tmp_path, read_only=True)
    store.close()
    after = digests(path)
    # the file and its -wal byte for byte; the -shm is SQLite's index of the -wal, which a
    # reader rebuilds where it can write it (in a folder that cannot be written it cannot)
    assert (after[""], after["-wal"]) == (before[""], before["-wal"])
    assert damaged.kept is None
    assert f"your old file is kept at {path}" in str(damaged)


def test_a_locked_history_is_busy_and_nothing_is_lost_or_left(tmp_path: Path) -> None:
    path = history_with_a_wal(tmp_path, garbage_at=None)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("SELECT count(*) FROM sessions").fetchone()
    try:
        with pytest.raises(StoreBusy) as caught:
            Store.open(path, timeout=0.1)
        assert "locked by another program" in str(caught.value)
        assert "kept" not in str(caught.value)
        assert sorted(p.name for p in path.parent.iterdir() if ".opening-" in p.name) == []
        assert not list(path.parent.glob("*.damaged-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open(path) as store:
        assert len(store.list_sessions()) == 63  # the answers of the -wal are all there


def test_copy_aside_takes_a_free_name_and_copies_every_side_file(tmp_path: Path) -> None:
    from datetime import datetime, timezone

    when = datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc)
    path = tmp_path / "history.sqlite3"
    for side, text in (("", "db"), ("-wal", "wal"), ("-shm", "shm")):
        Path(f"{path}{side}").write_text(text)
    first, second = copy_aside(path, when), copy_aside(path, when)
    assert second.name == f"{first.name}-2"
    for copy in (first, second):
        assert [Path(f"{copy}{s}").read_text() for s in SIDES] == ["db", "wal", "shm"]
    assert path.read_text() == "db"  # copied, not moved


def test_the_user_play_regrade_on_a_damaged_history_with_a_wal(tmp_path: Path) -> None:
    """As found: `regrade --all` on a damaged file with its -wal said the old file "is kept"
    while SQLite folded the -wal into it and deleted it."""
    import subprocess
    import sys

    from test_store_damage import REPO

    path = history_with_a_wal(tmp_path, garbage_at=8192)
    before = digests(path)
    result = subprocess.run(
        [sys.executable, "-m", "interviewer", "--data-dir", str(path.parent), "regrade", "--all"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in result.stderr and "it is damaged" in result.stderr
    copies = path.parent.glob("history.sqlite3.damaged-*")
    [kept] = [p for p in copies if not p.name.endswith(("-wal", "-shm"))]
    assert f"is kept at {kept}" in result.stderr and "your old file is kept" not in result.stderr
    assert digests(kept) == before


def test_the_damaged_screen_names_the_copy() -> None:
    from interviewer.tui.screens.damaged import damage_text

    error = StoreDamaged("x", "/d/history.sqlite3", "malformed", "/d/history.sqlite3.damaged-1")
    assert "kept at /d/history.sqlite3.damaged-1." in damage_text(error)
    assert "kept at" not in damage_text(StoreDamaged("x", "/d/history.sqlite3", "malformed"))
