"""ux37: the question screen's status line wraps a notice too long for the terminal's width
rather than cut it: at 40 columns the command that resumes an unfinished session, said when
another session starts from the command line, was cut to "`i" (the status line had height 1)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, start_genai_session, wait_for
from textual.geometry import Region

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen

COMMAND = "interviewer --data-dir /tmp/a-long-folder/of-mine"


async def test_the_resume_command_is_shown_whole_at_40_columns(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    start_genai_session(store)  # left unfinished
    config = SessionConfig(bank_id="genai", count=2, seed=3, mode="interview", untimed=True)
    start = (Catalog(None).find("genai"), config)
    app = make_app(store, tmp_path, start=start, command=COMMAND)
    async with app.run_test(size=(40, 20)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        status = app.screen.query_one("#status")
        width, height = status.size
        lines = [strip.text.strip() for strip in status.render_lines(Region(0, 0, width, height))]
        assert height > 1, lines
        shown = " ".join(line for line in lines if line)
        assert shown == f"Another session is unfinished, kept: `{COMMAND} resume --list`."
        # the answer box keeps room to type in
        assert app.screen.query_one("#answer").size.height >= 5


async def test_the_command_listing_more_unfinished_sessions_is_shown_whole(
    tmp_path: Path,
) -> None:
    """Home's `… 1 more: `... resume --list`` row was cut at 80 columns with a --data-dir."""
    from rich.cells import cell_len

    from interviewer.tui.screens.home import HomeScreen
    from interviewer.tui.screens.home.menu import SHOWN_UNFINISHED

    store = Store.open(tmp_path / "history.sqlite3")
    for _ in range(SHOWN_UNFINISHED + 1):
        start_genai_session(store)
    app = make_app(store, tmp_path, command=COMMAND)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        lines = str(home.query_one("#menu").get_option("more").prompt).split("\n")
        assert all(cell_len(line) <= home._menu_width() for line in lines), lines
        shown = " ".join(line.strip() for line in lines)
        assert shown == f"… 1 more, listed by `{COMMAND} resume --list`"
