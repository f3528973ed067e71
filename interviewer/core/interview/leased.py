"""`LeasedRun`: the part of an `InterviewRun` that holds the session's lease, so that a session
open in two programs is saved by one only (the lease itself is the store's: store/lease.py)."""

from __future__ import annotations

from pathlib import Path

from ..clock import Clock
from ..store import MEMORY, Store, StoredSession
from ..store.lease import SessionLease, SessionTakenOver


class LeasedRun:
    """Claims, checks and releases the session's lease; `InterviewRun` sets the attributes."""

    store: Store
    session: StoredSession
    clock: Clock
    lease: SessionLease | None

    def claim(self, *, take_over: bool = False) -> None:
        """Note that this program has the session open (see `lease`), so that another that
        resumes it is told. A history in memory needs none.

        Raises:
            SessionOpenElsewhere: another program has it open (unless `take_over`).
        """
        if self.lease is None and self.store.path != MEMORY:
            self.lease = SessionLease.claim(
                Path(self.store.path), self.session.id, self.clock.now(), take_over=take_over
            )

    def _check_lease(self) -> None:
        """SessionTakenOver when another program has taken the session over: nothing more is
        saved from here (its draft and answers are the other's now)."""
        if self.lease is not None and self.lease.taken_over:
            raise SessionTakenOver(self.session.id, self.lease.current_holder())

    def release(self) -> None:
        """Let go of the session's lease (the program leaves the session)."""
        if self.lease is not None:
            self.lease.release()
            self.lease = None
