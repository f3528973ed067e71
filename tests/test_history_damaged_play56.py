"""The history screen over a history file found damaged only when it is read (play56): after
`Back` on the damaged-history screen (offered when the home screen's read found the damage),
`h` ended the app with a StoreDamaged traceback. Now the history screen is not opened: the
damaged-history screen is offered again, its way out in reach; another failure (a locked file)
is said in a toast and the home screen stays."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import wait_for
from test_damaged_rescue import damage
from test_play25_screens import app_over
from test_store_recovery import damaged_history

from interviewer.core.errors import StoreError
from interviewer.core.store import Store
from interviewer.tui.screens.damaged import DamagedHistoryScreen
from interviewer.tui.screens.history import HistoryScreen
from interviewer.tui.screens.home import HomeScreen


async def test_history_of_a_damaged_file_offers_the_way_out_not_a_traceback(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    damaged_history(path, sessions=3)
    store = Store.open(path)
    app = app_over(tmp_path, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        damage(path)
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        assert not any(isinstance(s, HistoryScreen) for s in app.screen_stack)
        await pilot.press("escape")  # Back: to the home screen, still running
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("h")  # and again: offered again, no traceback
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
    assert app.return_code in (None, 0)
    store.close()


async def test_history_that_cannot_be_read_says_why_and_stays_home(tmp_path: Path) -> None:
    store = Store.open(":memory:")

    def locked(bank_id: str | None = None) -> list[object]:
        raise StoreError("history.sqlite3: the history database is locked by another program")

    store.list_sessions = locked  # type: ignore[method-assign]
    app = app_over(tmp_path, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        await pilot.press("h")
        await wait_for(pilot, lambda: bool(app._notifications))
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        [toast] = list(app._notifications)
        assert "locked by another program" in toast.message
    assert app.return_code in (None, 0)
