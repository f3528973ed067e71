"""What the Pilot tests share: an app over a store, and waiting for it to reach a state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.pilot import Pilot

if TYPE_CHECKING:
    from interviewer.core.store import Store
    from interviewer.tui.app import InterviewApp


async def wait_for(pilot: Pilot, condition: Callable[[], object], tries: int = 1000) -> None:
    """Pause until `condition()` is true, at most `tries` times 20 ms (a loaded machine can be
    slow); AssertionError if it never is."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never became true")


def make_app(store: Store, tmp_path: Path, **kwargs: object) -> InterviewApp:
    """The app over `store`, with the bundled banks, a fake clock and exports under
    `tmp_path` (keyword arguments go to InterviewApp: start, resume, ...)."""
    from interviewer.core.catalog import Catalog
    from interviewer.core.clock import FakeClock
    from interviewer.tui.app import InterviewApp

    return InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        **kwargs,  # type: ignore[arg-type]
    )


async def open_history(pilot: Pilot, app: InterviewApp) -> None:
    """From the home screen the app opens on, to the history screen, drawn."""
    from interviewer.tui.screens.history import HistoryScreen
    from interviewer.tui.screens.home import HomeScreen

    await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
    app.open_history()
    await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
    await pilot.pause()
