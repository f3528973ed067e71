"""The history's note under the table names the resume command with the `--data-dir` the app
was started with: at 80 columns it was cut at the edge ("... data  two' r"), and the path was
read as markup (ux35)."""

from __future__ import annotations

import shlex
from pathlib import Path

from pilot_helpers import open_history, start_genai_session, wait_for

from interviewer.core.store import Store
from interviewer.tui.screens.history import HistoryScreen


def _drawn_note(app) -> str:
    note = app.screen.query_one("#history-note")
    return "\n".join(strip.text for strip in note.render_lines(note.region.reset_offset))


async def test_the_resume_command_shows_whole_and_verbatim_at_80_columns(tmp_path: Path) -> None:
    from pilot_helpers import make_app

    store = Store.open(":memory:")
    start_genai_session(store)
    folder = "/tmp/my  interviews/[b]mine[/b] and a long name to pass the edge"
    command = f"interviewer --data-dir {shlex.quote(folder)}"
    app = make_app(store, tmp_path, command=command)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause()
        drawn = _drawn_note(app)
        words = " ".join(drawn.split())
        assert f"`{' '.join(command.split())} resume`" in words, drawn
        assert "[b]mine[/b]" in drawn
        assert all(len(line.rstrip()) <= 78 for line in drawn.splitlines())


async def test_the_home_row_of_more_unfinished_sessions_shows_the_path_as_text(
    tmp_path: Path,
) -> None:
    from pilot_helpers import make_app
    from textual.widgets import OptionList

    from interviewer.tui.screens.home import HomeScreen
    from interviewer.tui.screens.home.settings import SHOWN_UNFINISHED

    store = Store.open(":memory:")
    for _ in range(SHOWN_UNFINISHED + 1):
        start_genai_session(store)
    command = "interviewer --data-dir '/tmp/[b]x[/b]'"
    app = make_app(store, tmp_path, command=command)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        lines = [strip.text for strip in menu.render_lines(menu.region.reset_offset)]
        assert any(f"`{command} resume --list`" in line for line in lines), lines
