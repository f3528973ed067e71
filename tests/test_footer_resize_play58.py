"""play58: the small-window notice of a screen that is not on top follows the terminal. Stop 46
left it: with the command palette open (a modal), App.on_resize ran but looked for footers on
the palette only, so the home screen under it kept `Small window
(60x20): ...` once the window was 100x30 again. The second test (home under the bank browser,
a screen not on top that is not under a modal) passes on the base too: it guards that the fix,
which now fits every screen's footer, keeps that case right."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.command import CommandPalette
from textual.widgets import Label

from interviewer.core.store import Store
from interviewer.tui.screens.browser import BankBrowserScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.widgets.app_footer import AppFooter


def _notice(app: object, screen: object) -> str:
    footer = screen.query_one(AppFooter)  # type: ignore[attr-defined]
    notice = footer.query_one(".size-notice", Label)
    return str(notice.render()) if footer.has_class("-too-small") else ""


async def test_the_notice_under_the_command_palette_follows_a_resize(tmp_path: Path) -> None:
    app = make_app(Store.open(tmp_path / "history.sqlite3"), tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        home = app.screen
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.resize_terminal(60, 20)
        await pilot.pause(0.3)
        await wait_for(
            pilot, lambda: _notice(app, home).startswith("Small window (60x20): made for 80x24")
        )
        await pilot.resize_terminal(100, 30)
        await pilot.pause(0.3)
        await wait_for(pilot, lambda: _notice(app, home) == "")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause(0.3)
        assert _notice(app, home) == ""
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.resize_terminal(70, 30)
        await pilot.pause(0.3)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await wait_for(
            pilot, lambda: _notice(app, home).startswith("Small window (70x30): made for 80x24")
        )


async def test_home_under_the_bank_browser_follows_a_resize(tmp_path: Path) -> None:
    app = make_app(Store.open(tmp_path / "history.sqlite3"), tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        home = app.screen
        await wait_for(pilot, lambda: home.query_one("#bank-title").render() != "Loading banks…")
        home.action_browse()  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        await pilot.resize_terminal(100, 20)
        await pilot.pause(0.3)
        await wait_for(pilot, lambda: _notice(app, app.screen).startswith("Small window (100x20)"))
        await pilot.press("escape")  # back to the same home screen, 100x20 now
        await wait_for(pilot, lambda: app.screen is home)
        await wait_for(pilot, lambda: _notice(app, home).startswith("Small window (100x20)"))
