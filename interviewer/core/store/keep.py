"""A damaged history kept byte for byte: its file with its `-wal` and `-shm`, copied beside it
before SQLite could fold the write-ahead log into the damaged file and delete it (store42).

Opening a history whose `-wal` still holds answers (a program killed, or one still running)
lets SQLite read that log, and closing the last connection folds it into the main file and
deletes it. On a damaged file that rewrites what a recovery tool (sqlite3's `.recover`) would
have read. So `snapshot` copies the three files before anything opens them; the copy is kept
(`keep_snapshot`) when the file proves damaged, and deleted otherwise. Damage found later, on a
read, is kept as the files are at that moment (`copy_aside`), before the connection closes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

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


def snapshot(path: Path) -> Path | None:
    """A byte-for-byte copy of the history at `path` and its side files, in a hidden folder
    beside it, taken before anything opens it; None when there is no log to fold in
    (`needs_snapshot`).

    Raises:
        OSError: the copy cannot be made (a full disk, a folder that cannot be written);
            nothing is left behind.
    """
    if not needs_snapshot(path):
        return None
    folder: Path | None = None
    try:
        folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.opening-", dir=path.parent))
        for side, source in _files(path):
            shutil.copyfile(source, folder / f"{path.name}{side}")
    except OSError:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder / path.name


def discard(copy: Path | None) -> None:
    """Delete a `snapshot` that is not needed (the history opened well)."""
    if copy is not None:
        shutil.rmtree(copy.parent, ignore_errors=True)


def keep_snapshot(copy: Path, path: Path, when: datetime) -> Path:
    """Move the `snapshot` of the damaged history `path` to a free `damaged_name` beside it,
    its side files with it; returns where the database file is kept.

    Raises:
        OSError: it cannot be moved (the snapshot then stays where it is).
    """
    target = free_damaged_name(path, when)
    for side, source in _files(copy):
        os.replace(source, Path(f"{target}{side}"))
    shutil.rmtree(copy.parent, ignore_errors=True)
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
