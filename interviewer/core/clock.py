"""Time as a dependency: a monotonic clock for countdowns and a UTC wall clock for records."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """What the app needs to know about time; injected so tests can move it by hand."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back. Use it for deadlines."""
        ...

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC. Use it for timestamps that are stored."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


DEFAULT_FAKE_START = datetime(2025, 1, 6, 9, 0, 0, tzinfo=timezone.utc)


class FakeClock:
    """A clock that only moves when told to, for tests.

    Args:
        start: the wall-clock time it reads at first (timezone-aware; converted to UTC).
        monotonic_start: the monotonic reading at first.
    """

    def __init__(
        self, start: datetime = DEFAULT_FAKE_START, monotonic_start: float = 1000.0
    ) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._now = start.astimezone(timezone.utc)
        self._monotonic = monotonic_start

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move both readings forward by `seconds` (which must not be negative)."""
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        self._monotonic += seconds
        self._now += timedelta(seconds=seconds)
