"""play60 (known since play59): at 40x15 the "History set aside" toast broke the kept file's
path mid-word, one long run of characters folded over three lines. The path is laid out as
export toasts lay theirs out: the file's name on its own line, then its folder, broken after a
separator, each line as wide as the toast holds at that terminal size."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from test_damaged_rescue import damage
from test_play25_screens import app_over
from test_store_recovery import damaged_history
from textual.widgets._toast import Toast

from interviewer.core.store import Store
from interviewer.tui.screens.damaged import DamagedHistoryScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.toasts import toast_width


@pytest.mark.parametrize("size", [(40, 15), (80, 24)])
async def test_kept_path_whole(tmp_path: Path, size: tuple[int, int]) -> None:
    data = tmp_path / "a-rather-long-folder-name" / "interviewer-data"
    data.mkdir(parents=True)
    path = data / "history.sqlite3"
    damaged_history(path, sessions=3)
    store = Store.open(path)
    app = app_over(data, store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        damage(path)
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        await pilot.press("m")
        await wait_for(pilot, lambda: bool(app._notifications))
        await wait_for(pilot, lambda: bool(app.screen.query(Toast)))
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        width = toast.content_size.width
        [kept] = [p for p in data.iterdir() if ".damaged-" in p.name]
        message = str(toast._notification.message)
        assert kept.name in message.replace("\n", "")
        runs = [run for line in message.splitlines() for run in line.split()]
        assert max(len(run) for run in runs) <= toast_width(size[0]) <= width, (width, message)
    app.store.close()


async def test_screenshot_toast_40(tmp_path: Path) -> None:
    """The screenshot's toast named its file in a line 56 wide whatever the terminal: at 40
    columns the folder's line was broken mid-word too."""
    from pilot_helpers import make_app

    from interviewer.tui.palette import save_screenshot_to_exports

    exports = tmp_path / "a-rather-long-folder-name" / "exports"
    app = make_app(Store.open(":memory:"), tmp_path)
    app.export_dir = exports
    async with app.run_test(size=(40, 15), notifications=True) as pilot:
        await pilot.pause()
        save_screenshot_to_exports(app)
        await wait_for(pilot, lambda: bool(app.screen.query(Toast)))
        [toast] = app.screen.query(Toast)
        message = str(toast._notification.message)
        [shot] = exports.glob("*.svg")
        assert shot.name in message.replace("\n", "")
        runs = [run for line in message.splitlines() for run in line.split()]
        assert max(len(run) for run in runs) <= toast_width(40) <= toast.content_size.width, message
