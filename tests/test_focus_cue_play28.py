"""Play 28 minor 7: on the home and browse screens focus was a colour change only (nothing in
a plain capture, nothing for a colour-blind user), and Enter on a home setting changed it, so
that a candidate pressing Enter on the way to Resume changed the bank."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.widgets import OptionList

from interviewer.core.store import Store
from interviewer.tui.screens.browser import BankBrowserScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.widgets.focus_marker import FOCUS_MARKER


def lines(widget: OptionList) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.size.height)]


def marked(widget: OptionList, column: int = 0) -> list[str]:
    return [line for line in lines(widget) if line[column : column + 1] == FOCUS_MARKER]


async def test_the_focused_list_marks_its_row_with_a_character(tmp_path: Path) -> None:
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        menu = home.query_one("#menu", OptionList)
        await wait_for(pilot, lambda: bool(home.query("#topics")))
        topics = home.query_one("#topics", OptionList)
        await pilot.pause()
        assert marked(menu) == [f"{FOCUS_MARKER} Start".ljust(menu.size.width)]
        await pilot.press("down")
        await pilot.pause()
        assert [line.rstrip() for line in marked(menu)] == [
            f"{FOCUS_MARKER} Review the questions worth revisiting"
        ]
        await pilot.press("tab")  # to the topics: the mark moves with the focus
        await wait_for(pilot, lambda: topics.has_focus)
        await pilot.pause()
        assert marked(menu) == []
        [row] = marked(topics, column=3)
        assert row.startswith(f"▐X▌{FOCUS_MARKER}")
        await pilot.press("shift+tab")
        await wait_for(pilot, lambda: menu.has_focus)
        await pilot.pause()
        assert len(marked(menu)) == 1 and marked(topics, column=3) == []


async def test_enter_on_a_setting_changes_nothing_and_says_how(tmp_path: Path) -> None:
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        assert isinstance(home, HomeScreen)
        menu = home.query_one("#menu", OptionList)
        bank, settings = home.bank, home.settings
        menu.highlighted = next(
            i for i in range(menu.option_count) if menu.get_option_at_index(i).id == "bank"
        )
        await pilot.press("enter")
        await pilot.pause()
        assert home.bank is bank and home.settings == settings
        help_line = home.query_one("#home-help")
        assert str(help_line.render()).startswith("Bank: ←→ change it; Enter does not")
        await pilot.press("right")  # the arrows still change it
        await pilot.pause()
        assert home.settings.bank_index != settings.bank_index
        await pilot.press("down")  # the note goes with the row
        await pilot.pause()
        assert str(help_line.render()).startswith("↑↓ choose")


async def test_browse_lists_mark_the_focused_row(tmp_path: Path) -> None:
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        await pilot.pause()
        questions = app.screen.query_one("#browser-questions", OptionList)
        topics = app.screen.query_one("#browser-topics", OptionList)
        [row] = marked(questions)
        assert row.startswith(f"{FOCUS_MARKER} B ")
        # every other row keeps the gutter blank, wrapped lines included
        assert all(line.startswith("  ") for line in lines(questions) if line != row)
        await pilot.press("shift+tab")
        await wait_for(pilot, lambda: topics.has_focus)
        await pilot.pause()
        assert marked(questions) == []
        assert [line.rstrip() for line in marked(topics)][0].startswith(f"{FOCUS_MARKER} All")
