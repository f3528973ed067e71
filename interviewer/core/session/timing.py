"""How long a question may take, and the countdown that keeps to it: a deadline on a monotonic
clock, never a number decremented."""

from __future__ import annotations

from ..bank import Question
from ..clock import Clock
from .config import SessionConfig

DEFAULT_TIME_LIMITS: dict[str, int] = {"beginner": 90, "intermediate": 150, "expert": 240}
"""Seconds allowed per question by level, when neither the session nor the question says."""

IDLE_PAUSE_SECONDS = 300.0
"""In an untimed session, the clock stops by itself after this long without a key (as f2 stops
it), counting the wait up to then: the time an answer took is the time worked on it, thinking
included, not the time the candidate was away from an app left open (ux31). A timed
question's clock runs on: its limit is the point."""


def time_limit_for(question: Question, config: SessionConfig) -> int | None:
    """Seconds allowed for `question`: the session's override, else the question's own limit,
    else its level's default; None when the session is untimed."""
    if config.untimed:
        return None
    if config.time_limit is not None:
        return config.time_limit
    if question.time_limit is not None:
        return question.time_limit
    return DEFAULT_TIME_LIMITS.get(question.level, DEFAULT_TIME_LIMITS["intermediate"])


class QuestionTimer:
    """A countdown kept as a deadline on a monotonic clock, never by decrementing.

    Args:
        clock: where time comes from.
        limit: seconds allowed, or None when untimed.
        used: seconds already spent on this question (a resumed draft).
    """

    def __init__(self, clock: Clock, limit: int | None, used: float = 0.0) -> None:
        self.clock = clock
        self.limit = limit
        self._used_before = max(0.0, used)
        self._started: float | None = None
        self._paused_at: float | None = None
        self._running_since: float | None = None
        """When the clock last started running: its start, the end of a pause or a take-back."""
        self.paused_seconds = 0.0
        """Time spent paused on this question."""
        self._handed_in: tuple[float, float] | None = None
        """(elapsed, monotonic) when the answer was submitted, until it is saved or taken back."""

    def start(self) -> None:
        if self._started is None:
            self._started = self._running_since = self.clock.monotonic()

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def started(self) -> bool:
        return self._started is not None

    def pause(self, since: float | None = None) -> None:
        """Stop the clock; one not yet started starts here, stopped, so it runs on `resume`.
        `since`: a monotonic time the pause began before now (an untimed clock stopped for
        want of a key counts the wait only up to then), never before the clock last started
        running."""
        if self._paused_at is None:
            self.start()
            now = self.clock.monotonic()
            running = self._running_since if self._running_since is not None else now
            self._paused_at = now if since is None else max(running, min(since, now))

    def resume(self) -> float:
        """Restart the clock; returns how long the pause lasted."""
        if self._paused_at is None:
            return 0.0
        self._running_since = self.clock.monotonic()
        pause = self._running_since - self._paused_at
        self.paused_seconds += pause
        self._paused_at = None
        return pause

    def hand_in(self) -> float:
        """Stop the clock at a submit and return the seconds used: saving the answer may wait
        for the history file, and that wait is not the candidate's (play27 #5)."""
        if self._handed_in is None:
            self._handed_in = (self.elapsed(), self.clock.monotonic())
        return self._handed_in[0]

    def take_back(self) -> None:
        """The submitted answer could not be saved and goes back to the candidate: the clock
        runs on from where `hand_in` stopped it."""
        if self._handed_in is not None:
            if self._started is not None and self._paused_at is None:
                self.paused_seconds += self.clock.monotonic() - self._handed_in[1]
                self._running_since = self.clock.monotonic()
            self._handed_in = None

    def elapsed(self) -> float:
        """Seconds spent answering, pauses excluded (frozen once the answer is handed in)."""
        if self._handed_in is not None:
            return self._handed_in[0]
        if self._started is None:
            return self._used_before
        now = self._paused_at if self._paused_at is not None else self.clock.monotonic()
        return self._used_before + (now - self._started) - self.paused_seconds

    def remaining(self) -> float | None:
        """Seconds left (never below zero), or None when untimed."""
        if self.limit is None:
            return None
        return max(0.0, self.limit - self.elapsed())

    @property
    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0.0
