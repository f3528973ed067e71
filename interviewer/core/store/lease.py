"""Which program has a session open: a lease taken when a session is resumed or started, so that
the same session is not answered in two terminals at once (play29 F19: the second terminal's
answer was refused with a raw id, and its text was lost).

A lease is an operating-system lock on a file beside the history (`open-sessions/ID.lock`:
`fcntl.flock`, `msvcrt.locking` on Windows). The system drops the lock when the process ends,
however it ends (`kill -9` included), so a stale lease never locks the candidate out. Who holds
the lease is a row of `open-sessions/leases.sqlite3` (process id, computer, when opened, a
token, and whether it has the lock yet), read and written in one transaction each time, as a
compare-and-swap: a claim writes its row only if the row it read allows it, and a release
removes the row only if it is still its own.

Taking a lease over writes the taker's row at once, marked as waiting for the lock: the program
that held it sees the token change (`SessionLease.taken_over`), stops saving to the session and
keeps what was typed elsewhere; the taker gets the lock itself as soon as the other lets go
(`SessionLease.renew`). A third program that finds the lock free in between (the taker looks
about once a second) sees the waiting taker's row and is refused, as if the lock were held
(ux31: before, it got the session and the taker was taken over without a word); a waiting
taker that has died (its process is gone, on this computer) does not count.

A lock file is deleted when its session is let go of with no one waiting for it (lock45: before,
one empty file stayed per session ever opened), and a claim sweeps the files no program holds
and no live taker waits for. A file is deleted only by a program that holds its lock, and a
program that locks a file checks that its path still names that file
(`file_locks.lock_file`): on POSIX a deleted file can still be locked through a handle opened
before, and a third program could otherwise lock a new file of the same name while the first
believes it holds the lease. Windows does not delete a file that is open: there the files
stay, as before.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from ..errors import InterviewerError
from .file_locks import delete_locked, lock_file

LEASE_FOLDER = "open-sessions"
"""Beside the history file: one lock file per session open somewhere, and the leases' table."""

LEASE_TABLE_FILE = "leases.sqlite3"
"""In `LEASE_FOLDER`: who holds each session's lease (one row per session open somewhere)."""

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS lease (session_id TEXT PRIMARY KEY, token TEXT NOT NULL, "
    "holder TEXT NOT NULL, locked INTEGER NOT NULL)"
)


class SessionOpenElsewhere(InterviewerError):
    """Another program holds the session's lease."""

    def __init__(self, session_id: str, holder: LeaseHolder | None) -> None:
        where = holder.describe() if holder is not None else "another program"
        super().__init__(f"session {session_id[:8]} is open in {where}")
        self.session_id = session_id
        self.holder = holder


class SessionTakenOver(InterviewerError):
    """The session was taken over by another program: this one must not save to it."""

    def __init__(self, session_id: str, holder: LeaseHolder | None) -> None:
        where = holder.describe() if holder is not None else "another program"
        super().__init__(f"session {session_id[:8]} was taken over by {where}")
        self.session_id = session_id
        self.holder = holder


@dataclass(frozen=True)
class LeaseHolder:
    """Who holds (or last took) a session's lease, as its owner file says."""

    token: str
    pid: int
    host: str
    opened_at: datetime | None

    def describe(self) -> str:
        """`another terminal (process 1234, opened at 03:20)`, or the computer's name when it
        is not this one (a history in a shared folder)."""
        when = f", opened at {self.opened_at.astimezone():%H:%M}" if self.opened_at else ""
        if self.host != socket.gethostname():
            return f"a program on {self.host} (process {self.pid}{when})"
        return f"another terminal (process {self.pid}{when})"

    def to_json(self) -> str:
        opened = self.opened_at.isoformat() if self.opened_at else None
        return json.dumps(
            {"token": self.token, "pid": self.pid, "host": self.host, "opened_at": opened}
        )

    @classmethod
    def from_json(cls, text: str) -> LeaseHolder | None:
        """The holder `to_json` wrote; None when it cannot be read."""
        try:
            data = json.loads(text)
            opened = data.get("opened_at")
            return cls(
                str(data["token"]),
                int(data["pid"]),
                str(data["host"]),
                datetime.fromisoformat(opened) if opened else None,
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def gone(self) -> bool:
        """Whether this holder's process has ended, as far as this computer can tell (a
        process on another computer, or on Windows, is taken to be alive)."""
        if self.host != socket.gethostname() or sys.platform == "win32":
            return False
        try:
            os.kill(self.pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except OSError:  # it exists, owned by another user
            return False
        return False


@contextmanager
def _lease_table(folder: Path, *, write: bool = True) -> Iterator[sqlite3.Connection]:
    """The leases' table, in one transaction (to write, BEGIN IMMEDIATE: a second program
    waits for the first's commit), committed when the block ends and rolled back if it
    raises."""
    connection = sqlite3.connect(folder / LEASE_TABLE_FILE, timeout=10, isolation_level=None)
    try:
        connection.execute(_SCHEMA)
        connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.close()


def _row(table: sqlite3.Connection, session_id: str) -> tuple[LeaseHolder | None, bool] | None:
    """The session's row: its holder and whether it has the lock; None when there is none."""
    found = table.execute(
        "SELECT holder, locked FROM lease WHERE session_id = ?", (session_id,)
    ).fetchone()
    if found is None:
        return None
    return LeaseHolder.from_json(str(found[0])), bool(found[1])


def sweep_lock_files(folder: Path, table: sqlite3.Connection, keep: str) -> int:
    """Delete the lock files in `folder` that no program holds and no live taker waits for
    (sessions finished, or left by a program that ended), except `keep`'s; in the claim's
    transaction of the leases' table (`table`). Returns how many were deleted."""
    deleted = 0
    for path in sorted(folder.glob("*.lock")):
        session_id = path.stem
        if session_id == keep:
            continue
        row = _row(table, session_id)
        if row is not None and not row[1] and row[0] is not None and not row[0].gone():
            continue  # a live taker waits for the lock: the file is its
        try:
            handle = lock_file(path, create=False)
        except OSError:
            continue
        if handle is None:
            continue
        with handle:
            if row is not None:  # a row left by a program that ended, or a dead taker's
                table.execute("DELETE FROM lease WHERE session_id = ?", (session_id,))
            delete_locked(handle, path)
            deleted += not path.exists()
    return deleted


class SessionLease:
    """This program's lease on one session (see the module's docstring). `claim` takes it."""

    def __init__(self, folder: Path, session_id: str, holder: LeaseHolder) -> None:
        self.session_id = session_id
        self.holder = holder
        """This program, as its row in the leases' table names it."""
        self._folder = folder
        self._lock_path = folder / f"{session_id}.lock"
        self._handle: IO[bytes] | None = None

    @classmethod
    def claim(
        cls, history_file: Path, session_id: str, now: datetime, *, take_over: bool = False
    ) -> SessionLease:
        """Take the lease of `session_id` (whose history is `history_file`).

        Raises:
            SessionOpenElsewhere: another live program holds it, or has taken it over and
                waits for the lock (unless `take_over`).
            InterviewerError: the lease folder cannot be written.
        """
        folder = history_file.parent / LEASE_FOLDER
        holder = LeaseHolder(uuid.uuid4().hex, os.getpid(), socket.gethostname(), now)
        lease = cls(folder, session_id, holder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with _lease_table(folder) as table:
                sweep_lock_files(folder, table, keep=session_id)
                locked = lease._lock()
                row = _row(table, session_id)
                if not take_over:
                    other = row[0] if row is not None else None
                    if not locked:
                        raise SessionOpenElsewhere(session_id, other)
                    if row is not None and not row[1] and other is not None and not other.gone():
                        # taken over by a live program that waits for the lock just freed
                        lease._unlock()
                        raise SessionOpenElsewhere(session_id, other)
                lease._write(table, locked)
        except (OSError, sqlite3.Error) as err:
            lease._unlock()
            raise InterviewerError(
                f"{folder}: cannot note that session {session_id[:8]} is open "
                f"({getattr(err, 'strerror', None) or err})"
            ) from None
        return lease

    def _lock(self) -> bool:
        """Lock the lock file (opened once and kept open while locked); False if another
        program holds it."""
        if self._handle is None:
            self._handle = lock_file(self._lock_path)
        return self._handle is not None

    def _unlock(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file drops the lock
            self._handle = None

    def _write(self, table: sqlite3.Connection, locked: bool) -> None:
        table.execute(
            "INSERT OR REPLACE INTO lease (session_id, token, holder, locked) VALUES (?, ?, ?, ?)",
            (self.session_id, self.holder.token, self.holder.to_json(), int(locked)),
        )

    @property
    def held(self) -> bool:
        """Whether this program holds the lock itself (after a take-over, not until the other
        program lets go)."""
        return self._handle is not None

    def current_holder(self) -> LeaseHolder | None:
        """Who the leases' table names now (None when no one, or it cannot be read)."""
        try:
            with _lease_table(self._folder, write=False) as table:
                row = _row(table, self.session_id)
        except sqlite3.Error:
            return None
        return row[0] if row is not None else None

    @property
    def taken_over(self) -> bool:
        """Whether another program has taken the session over since this one claimed it."""
        holder = self.current_holder()
        return holder is not None and holder.token != self.holder.token

    def renew(self) -> None:
        """After a take-over, take the lock itself once the other program has let go (call it
        every second or so); nothing to do while the lock is held, or once taken over. The
        row says it has the lock in the same transaction that checked it is still its own."""
        if self._handle is not None:
            return
        try:
            with _lease_table(self._folder) as table:
                row = _row(table, self.session_id)
                mine = row is not None and row[0] is not None and row[0].token == self.holder.token
                if (row is None or mine) and self._lock():
                    self._write(table, locked=True)
        except (OSError, sqlite3.Error):
            self._unlock()

    def release(self) -> None:
        """Let go of the session (the program leaves it); its row is removed unless another
        program has taken the session over (the delete names this program's token), and its
        lock file with it, while this program still holds the lock."""
        with suppress(sqlite3.Error, OSError), _lease_table(self._folder) as table:
            removed = table.execute(
                "DELETE FROM lease WHERE session_id = ? AND token = ?",
                (self.session_id, self.holder.token),
            ).rowcount
            if removed and self._handle is not None:
                delete_locked(self._handle, self._lock_path)
        self._unlock()


def open_elsewhere(history_file: Path, session_id: str) -> bool:
    """Whether a live program (this one included, through another lease) holds the lease of
    `session_id`, or has taken it over and waits for the lock: that program grades and saves
    the session's answers itself."""
    folder = history_file.parent / LEASE_FOLDER
    path = folder / f"{session_id}.lock"
    try:
        handle = lock_file(path, create=False)
    except OSError:
        return False
    if handle is None:
        return path.exists()  # held by another program (not deleted meanwhile)
    handle.close()  # drops the lock just taken
    if not (folder / LEASE_TABLE_FILE).exists():
        return False
    try:
        with _lease_table(folder, write=False) as table:
            row = _row(table, session_id)
    except sqlite3.Error:
        return False
    return row is not None and not row[1] and row[0] is not None and not row[0].gone()
