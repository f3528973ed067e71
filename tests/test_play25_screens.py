"""play25 D: the home screen's topics and question count, narrow terminals, the answer box on
resize, the appeal dialog's grade, the report's question list, toasts, Ctrl+C and Browse."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pilot_helpers import wait_for
from textual.widgets import OptionList

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.home import HomeScreen

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


def app_over(tmp_path: Path, store: Store | None = None, **kwargs: object) -> InterviewApp:
    """The app with the bundled banks and mini (3 questions) as the user's own bank."""
    data = tmp_path / "data"
    (data / "banks").mkdir(parents=True, exist_ok=True)
    shutil.copy(MINI, data / "banks" / "mini.yaml")
    return InterviewApp(
        catalog=Catalog(data),
        store=store or Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        preferences_path=tmp_path / "preferences.json",
        **kwargs,  # type: ignore[arg-type]
    )


async def choose(pilot, home: HomeScreen, setting: str, key: str, until) -> None:  # noqa: ANN001
    """Highlight `setting` in the home menu and press `key` until `until()` holds."""
    menu = home.query_one("#menu", OptionList)
    menu.highlighted = menu.get_option_index(setting)
    for _ in range(10):
        if until():
            return
        await pilot.press(key)
        await pilot.pause()
    raise AssertionError(f"{setting} never got there")


def count_shown(home: HomeScreen) -> str:
    return home._setting_text("count")


async def test_the_count_fits_each_bank_and_a_choice_is_kept_for_that_bank(
    tmp_path: Path,
) -> None:
    """play25 D2: a bank of 8 offered 5 (the count of another bank), and 8 chosen was not
    saved until a session started."""
    app = app_over(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "◂ 10 ▸" in count_shown(home)
        await choose(pilot, home, "bank", "right", lambda: home.bank.id == "mini")
        assert "◂ 3 ▸" in count_shown(home)  # the whole bank, not more
        await choose(pilot, home, "count", "left", lambda: "◂ 2 ▸" in count_shown(home))
        saved = json.loads((tmp_path / "preferences.json").read_text())
        assert saved["counts"] == {"mini": 2}  # kept at once, no session started
        await choose(pilot, home, "count", "right", lambda: "◂ 3 ▸" in count_shown(home))
        await choose(pilot, home, "bank", "right", lambda: home.bank.id == "genai")
        assert "◂ 10 ▸" in count_shown(home)  # genai keeps its own
    app = app_over(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        assert isinstance(home, HomeScreen)
        await choose(pilot, home, "bank", "right", lambda: home.bank.id == "mini")
        assert "◂ 3 ▸" in count_shown(home)  # 3 of 3 chosen, 3 again next time
