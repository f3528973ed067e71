"""Which program has a session open: a lease taken when a session is resumed or started, so that
the same session is not answered in two terminals at once (play29 F19: the second terminal's
answer was refused with a raw id, and its text was lost).

A lease is an operating-system lock on a file beside the history (`open-sessions/ID.lock`:
`fcntl.flock`, `msvcrt.locking` on Windows), with who holds it in `ID.owner` (JSON: process id,
computer, when opened, a token). The system drops the lock when the process ends, however it
ends (`kill -9` included), so a stale lease never locks the candidate out. Taking a lease over
writes the taker's token into `ID.owner`: the program that held it sees the token change
(`SessionLease.taken_over`), stops saving to the session and keeps what was typed elsewhere;
the taker gets the lock itself as soon as the other lets go (`SessionLease.renew`).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from ..errors import InterviewerError

LEASE_FOLDER = "open-sessions"
"""Beside the history file: one lock file and one owner file per session open somewhere."""


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
    def read(cls, path: Path) -> LeaseHolder | None:
        """The holder an owner file names; None when there is none or it cannot be read."""
        try:
            data = json.loads(path.read_text("utf-8"))
            opened = data.get("opened_at")
            return cls(
                str(data["token"]),
                int(data["pid"]),
                str(data["host"]),
                datetime.fromisoformat(opened) if opened else None,
            )
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None


def _try_lock(handle: IO[bytes]) -> bool:
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


class SessionLease:
    """This program's lease on one session (see the module's docstring). `claim` takes it."""

    def __init__(self, folder: Path, session_id: str, holder: LeaseHolder) -> None:
        self.session_id = session_id
        self.holder = holder
        """This program, as its owner file names it."""
        self._lock_path = folder / f"{session_id}.lock"
        self._owner_path = folder / f"{session_id}.owner"
        self._handle: IO[bytes] | None = None

    @classmethod
    def claim(
        cls, history_file: Path, session_id: str, now: datetime, *, take_over: bool = False
    ) -> SessionLease:
        """Take the lease of `session_id` (whose history is `history_file`).

        Raises:
            SessionOpenElsewhere: another live program holds it (unless `take_over`).
            InterviewerError: the lease folder cannot be written.
        """
        folder = history_file.parent / LEASE_FOLDER
        holder = LeaseHolder(uuid.uuid4().hex, os.getpid(), socket.gethostname(), now)
        lease = cls(folder, session_id, holder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            locked = lease._lock()
        except OSError as err:
            raise InterviewerError(
                f"{folder}: cannot note that session {session_id[:8]} is open "
                f"({err.strerror or err})"
            ) from None
        if not locked and not take_over:
            raise SessionOpenElsewhere(session_id, LeaseHolder.read(lease._owner_path))
        lease._write_owner()
        return lease

    def _lock(self) -> bool:
        """Lock the lock file (opened once and kept open while locked); False if another
        program holds it."""
        if self._handle is None:
            self._handle = open(self._lock_path, "a+b")  # noqa: SIM115 - kept open while held
        if _try_lock(self._handle):
            return True
        self._handle.close()
        self._handle = None
        return False

    def _write_owner(self) -> None:
        temporary = self._owner_path.with_name(f"{self._owner_path.name}.{self.holder.token}")
        try:
            temporary.write_text(self.holder.to_json(), "utf-8")
            os.replace(temporary, self._owner_path)
        except OSError as err:
            raise InterviewerError(
                f"{self._owner_path}: cannot note that session {self.session_id[:8]} is open "
                f"({err.strerror or err})"
            ) from None

    @property
    def held(self) -> bool:
        """Whether this program holds the lock itself (after a take-over, not until the other
        program lets go)."""
        return self._handle is not None

    def current_holder(self) -> LeaseHolder | None:
        """Who the owner file names now."""
        return LeaseHolder.read(self._owner_path)

    @property
    def taken_over(self) -> bool:
        """Whether another program has taken the session over since this one claimed it."""
        holder = self.current_holder()
        return holder is not None and holder.token != self.holder.token

    def renew(self) -> None:
        """After a take-over, take the lock itself once the other program has let go (call it
        every second or so); nothing to do while the lock is held, or once taken over."""
        if self._handle is None and not self.taken_over:
            try:
                self._lock()
            except OSError:
                self._handle = None

    def release(self) -> None:
        """Let go of the session (the program leaves it); the owner file is removed unless
        another program has taken the session over."""
        if not self.taken_over:
            with suppress(OSError):
                self._owner_path.unlink(missing_ok=True)
        if self._handle is not None:
            self._handle.close()  # closing the file drops the lock
            self._handle = None


def open_elsewhere(history_file: Path, session_id: str) -> bool:
    """Whether a live program (this one included, through another lease) holds the lease of
    `session_id`: that program grades and saves the session's answers itself."""
    path = history_file.parent / LEASE_FOLDER / f"{session_id}.lock"
    if not path.exists():
        return False
    try:
        with open(path, "a+b") as handle:
            return not _try_lock(handle)  # closing the file drops the lock just taken
    except OSError:
        return False
