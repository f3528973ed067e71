"""A damaged history kept byte for byte: its file with its `-wal` and `-shm`, copied beside it
before SQLite could fold the write-ahead log into the damaged file and delete it (store42).

Opening a history whose `-wal` still holds answers (a program killed, or one still running)
lets SQLite read that log, and closing the last connection folds it into the main file and
deletes it. On a damaged file that rewrites what a recovery tool (sqlite3's `.recover`) would
have read. So `snapshot` copies the three files before anything opens them; the copy is kept
(`keep_snapshot`) when the file proves damaged, and deleted otherwise. Damage found later, on a
read, is kept as the files are at that moment (`copy_aside`), before the connection closes.

A snapshot's folder holds a lock file, locked while its program has the history open; a folder
whose lock is free (its program was killed before it could delete it) is deleted the next
time a program opens the history (`sweep`), and one in use by another terminal is left alone
(care43: they were never deleted, one more for each killed program).
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from .file_locks import try_lock

SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's files beside the database: kept and moved with it."""

LOGS = ("-wal", "-journal")
"""The side files that hold writes not yet in the main file: when one of them is not empty,
opening and closing the history can change the main file."""


def damaged_name(path: Path, when: datetime) -> Path:
    """`history.sqlite3` -> `history.sqlite3.damaged-20250106-090000` (local time)."""
    return path.with_name(f"{path.name}.damaged-{when.astimezone():%Y%m%d-%H%M%S}")


def free_damaged_name(path: Path, when: datetime) -> Path:
    """`damaged_name`, with `-2`, `-3`... added while that name or one of its side files is
    taken."""
    first = damaged_name(path, when)
    target, number = first, 1
    while any(Path(f"{target}{side}").exists() for side in ("", *SIDE_FILES)):
        number += 1
        target = first.with_name(f"{first.name}-{number}")
    return target


LOCK_NAME = "in-use.lock"
"""In a snapshot's folder: locked by the program that has the history open."""

STALE_AFTER = 60.0
"""Seconds: a snapshot folder younger than this may be one another program is still making
(its lock file not yet locked), so `sweep` leaves it."""


@dataclass
class Snapshot:
    """A `snapshot` of a history: `path` is the copy of its database file, in a folder of its
    own whose lock file this program holds (`handle`) until it is discarded or kept."""

    path: Path
    handle: IO[bytes]

    def release(self) -> None:
        """Drop the lock and delete the folder (what is still in it)."""
        self.handle.close()
        shutil.rmtree(self.path.parent, ignore_errors=True)


def snapshot_folders(path: Path) -> list[Path]:
    """The snapshot folders of the history at `path`, in use or left behind."""
    pattern = f".{glob.escape(path.name)}.opening-*"
    return sorted(p for p in path.parent.glob(pattern) if p.is_dir())


def sweep(path: Path, now: float | None = None) -> list[Path]:
    """Delete the snapshot folders of the history at `path` that no program has open (their
    lock is free: the program was killed, or ended without closing), older than
    `STALE_AFTER`; returns them. One another program has open (another terminal) is left."""
    now = time.time() if now is None else now
    swept = []
    for folder in snapshot_folders(path):
        try:
            if now - folder.stat().st_mtime < STALE_AFTER:
                continue
            lock = folder / LOCK_NAME
            if lock.is_file():
                with lock.open("r+b") as handle:
                    if not try_lock(handle):
                        continue  # its program still has the history open
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        swept.append(folder)
    return swept


def _files(path: Path) -> list[tuple[str, Path]]:
    return [(s, Path(f"{path}{s}")) for s in ("", *SIDE_FILES) if Path(f"{path}{s}").is_file()]


def needs_snapshot(path: Path) -> bool:
    """The history at `path` has writes outside its main file (a `-wal` or `-journal` that is
    not empty), which opening it may fold in."""
    try:
        return path.is_file() and any(
            Path(f"{path}{log}").is_file() and Path(f"{path}{log}").stat().st_size > 0
            for log in LOGS
        )
    except OSError:
        return False


def snapshot(path: Path) -> Snapshot | None:
    """A byte-for-byte copy of the history at `path` and its side files, in a hidden folder
    beside it (locked while this program has it), taken before anything opens it; None when
    there is no log to fold in (`needs_snapshot`).

    Raises:
        OSError: the copy cannot be made (a full disk, a folder that cannot be written);
            nothing is left behind.
    """
    if not needs_snapshot(path):
        return None
    folder: Path | None = None
    handle: IO[bytes] | None = None
    try:
        folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.opening-", dir=path.parent))
        handle = (folder / LOCK_NAME).open("a+b")
        try_lock(handle)
        for side, source in _files(path):
            shutil.copyfile(source, folder / f"{path.name}{side}")
    except OSError:
        if handle is not None:
            handle.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return Snapshot(folder / path.name, handle)


def discard(copy: Snapshot | None) -> None:
    """Delete a `snapshot` that is not needed (the history opened well)."""
    if copy is not None:
        copy.release()


def keep_snapshot(copy: Snapshot, path: Path, when: datetime) -> Path:
    """Move the `snapshot` of the damaged history `path` to a free `damaged_name` beside it,
    its side files with it; returns where the database file is kept.

    Raises:
        OSError: it cannot be moved (the snapshot then stays where it is).
    """
    target = free_damaged_name(path, when)
    for side, source in _files(copy.path):
        os.replace(source, Path(f"{target}{side}"))
    copy.release()
    return target


def copy_aside(path: Path, when: datetime) -> Path:
    """Copy the damaged history `path` and its side files, as they are now, to a free
    `damaged_name` beside it; returns where the database file is kept.

    Raises:
        OSError: a file cannot be copied (what was copied is removed).
    """
    target = free_damaged_name(path, when)
    made: list[Path] = []
    try:
        for side, source in _files(path):
            made.append(Path(f"{target}{side}"))
            shutil.copyfile(source, made[-1])
    except OSError:
        for copied in made:
            copied.unlink(missing_ok=True)
        raise
    return target


def digest(path: Path) -> str | None:
    """A SHA-256 of the history at `path`: its database file and its logs (`-wal`, `-journal`;
    not the `-shm`, SQLite's index of the `-wal`); None when it cannot be read."""
    summed = hashlib.sha256()
    try:
        for side in ("", *LOGS):
            file = Path(f"{path}{side}")
            if file.is_file():
                summed.update(f"{side}:{file.stat().st_size}:".encode())
                with file.open("rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):  # noqa: B023
                        summed.update(block)
    except OSError:
        return None
    return summed.hexdigest()
