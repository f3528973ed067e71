"""ux37: two bank files with one id (a copy, or a `mine.yml` beside an imported `mine.yaml`)
are told apart where a bank is chosen, as `bank list` warns since ux36: the home screen names
the file of the bank chosen and says which banks share its id, and so does the bank browser."""

from __future__ import annotations

import shutil
from pathlib import Path

from pilot_helpers import DATA, wait_for
from textual.widgets import Static

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog, shared_id_note, sharing_id
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.browser import BankBrowserScreen
from interviewer.tui.screens.home import HomeScreen

MINI = DATA / "banks" / "mini.yaml"


def _banks(tmp_path: Path) -> Path:
    """A data dir whose banks/ holds mini.yaml and a copy of it, copy.yml (both id `mini`)."""
    folder = tmp_path / "data" / "banks"
    folder.mkdir(parents=True)
    shutil.copy(MINI, folder / "mini.yaml")
    shutil.copy(MINI, folder / "copy.yml")
    return folder


def test_a_copy_shares_the_id_and_the_note_names_both_files(tmp_path: Path) -> None:
    folder = _banks(tmp_path)
    mine, copy = load_bank(folder / "mini.yaml"), load_bank(folder / "copy.yml")
    again = load_bank(folder / "mini.yaml")  # the same file loaded again is not another bank
    banks = [mine, copy, again]
    assert sharing_id(mine, banks) == [copy]
    assert shared_id_note(copy, [mine]) == (
        "2 banks have the id 'mini' (copy.yml, mini.yaml): this is copy.yml. Give each its "
        "own `id:` to tell them apart in the history and with --bank."
    )
    assert shared_id_note(mine, []) == ""


def _text(screen: object, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


async def test_home_and_the_browser_say_which_file_the_bank_chosen_is(tmp_path: Path) -> None:
    _banks(tmp_path)
    app = InterviewApp(
        catalog=Catalog(tmp_path / "data", tmp_path / "cache"),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        home = app.screen
        assert isinstance(home, HomeScreen)
        seen = {}
        for _ in range(len(home.banks)):
            bank = home.bank
            assert bank is not None
            await pilot.pause()
            shared = home.query_one("#bank-shared", Static)
            row = str(home.query_one("#menu").get_option("bank").prompt)
            seen[bank.source.name if bank.source else bank.id] = (
                shared.display,
                _text(home, "#bank-shared"),
                row,
            )
            home.change_setting("bank", 1)
        assert seen["genai.yaml"][0] is False  # the bundled bank shares its id with none
        for name, other in (("mini.yaml", "copy.yml"), ("copy.yml", "mini.yaml")):
            shown, note, row = seen[name]
            assert shown and f"this is {name}." in note and other in note
            assert f"({name})" in row
        while home.bank is None or home.bank.source is None or home.bank.source.name != "copy.yml":
            home.change_setting("bank", 1)
        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        browser = app.screen
        assert "this is copy.yml." in _text(browser, "#browser-shared")
        assert browser.query_one("#browser-shared").display
        assert browser.sub_title.endswith("(copy.yml)")
