"""Operating-system locks on files: a file locked by this process without waiting
(`fcntl.flock`, `msvcrt.locking` on Windows), and kept locked while its handle stays open. The
system drops a lock when its process ends, however it ends, so a lock never outlives its
program. A session's lease (lease.py) and a damaged history's snapshot (keep.py) each hold one.

On POSIX a deleted file can still be locked through a handle opened before, so `lock_file`
checks that its path still names the file it locked, and `delete_locked` deletes only the file
its handle holds: two programs never both believe they hold the lock of one path.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO


def try_lock(handle: IO[bytes]) -> bool:
    """Lock `handle`'s file for this process without waiting; False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def same_file(handle: IO[bytes], path: Path) -> bool:
    """Whether `path` still names the file `handle` has open (not deleted, nor replaced)."""
    try:
        named = os.stat(path)
    except OSError:
        return False
    opened = os.fstat(handle.fileno())
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def lock_file(path: Path, *, create: bool = True) -> IO[bytes] | None:
    """`path` opened and locked by this process (kept open: closing it drops the lock); None
    when another program holds it, or it does not exist and not `create`. A file deleted
    between the open and the lock (by the program that held it) is let go and the path opened
    again, so that two programs never both believe they hold the lock of one path.

    Raises:
        OSError: the file cannot be opened (or created).
    """
    while True:
        try:
            handle = open(path, "a+b" if create else "r+b")  # noqa: SIM115 - returned open
        except FileNotFoundError:
            if create:
                raise
            return None
        if not try_lock(handle):
            handle.close()
            return None
        if same_file(handle, path):
            return handle
        handle.close()  # deleted by its holder meanwhile: the path names a new file, or none


def delete_locked(handle: IO[bytes], path: Path) -> None:
    """Delete `path`, whose lock `handle` holds (Windows refuses while it is open: kept)."""
    if same_file(handle, path):
        with suppress(OSError):
            path.unlink()
