"""The history screen over a store of finished sessions, opened at a terminal size: the setup
the history tests of play52, import53 and play54 share (it was copied into each)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from test_snapshots import app_with_history, history_open
from textual.pilot import Pilot
from textual.widgets import DataTable, Label

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.tui.app import InterviewApp


@dataclass
class OpenHistory:
    """The running app at its history screen, its table and the line under it."""

    app: InterviewApp
    pilot: Pilot[None]
    table: DataTable[object]
    more: Label

    @property
    def more_text(self) -> str:
        return str(self.more.render())

    async def resize(self, width: int, height: int) -> None:
        """Resize the terminal and let the screen fit itself (two pauses: the resize, then
        the redraw it calls for after refresh)."""
        await self.pilot.resize_terminal(width, height)
        await self.pilot.pause()
        await self.pilot.pause()


@asynccontextmanager
async def history_at(
    genai: Bank,
    grader: Grader,
    tmp_path: Path,
    size: tuple[int, int],
    days: int,
    unfinished: bool = False,
) -> AsyncIterator[OpenHistory]:
    """The history of `days` finished sessions (one a day), then an unfinished one if asked,
    open at `size`."""
    app = app_with_history(genai, grader, tmp_path, days=days, unfinished=unfinished)
    async with app.run_test(size=size) as pilot:
        await history_open(pilot)
        await pilot.pause()
        yield OpenHistory(
            app,
            pilot,
            app.screen.query_one("#sessions", DataTable),
            app.screen.query_one("#history-more", Label),
        )
