"""What the Pilot tests share: waiting for the app to reach a state."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot


async def wait_for(pilot: Pilot, condition: Callable[[], object], tries: int = 1000) -> None:
    """Pause until `condition()` is true, at most `tries` times 20 ms (a loaded machine can be
    slow); AssertionError if it never is."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never became true")
