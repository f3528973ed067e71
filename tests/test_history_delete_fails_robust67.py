"""The history screen's `d` (delete) on a history that refuses the change (robust67).

The confirmed delete called the store outside any `try`: a history that could not be written
then (busy past its wait, read-only, full, or found damaged) raised out of the confirm dialog's
callback and ended the app. The app now says why, as every other failed history write does
(`store_failed`: a toast, or the screen that sets a damaged file aside), and the session stays.
"""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, open_history, wait_for
from store_helpers import answered_sessions
from textual.widgets._toast import Toast

from interviewer.core.bank import load_bank
from interviewer.core.errors import StoreError
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.history import HistoryScreen

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


class Refusing(Store):
    """A history that reads but refuses to delete, saying so as the store does."""

    def delete_session(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        raise StoreError(f"{self.path}: cannot save now: the history database is busy")


async def test_a_delete_the_history_refuses_is_said_and_the_session_stays(tmp_path: Path) -> None:
    store = Refusing.open(tmp_path / "history.sqlite3")
    [session_id] = answered_sessions(store, load_bank(MINI), 1)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_history(pilot, app)
        table = app.screen.query_one("#sessions")
        await wait_for(pilot, lambda: table.row_count == 1)  # type: ignore[attr-defined]
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: bool(app.screen.query(Toast)))
        [toast] = app.screen.query(Toast)
        said = str(toast.render()).replace("\n", " ")
        assert isinstance(app.screen, HistoryScreen)
    assert "could not be deleted" in said and "busy" in said
    assert [s.id for s in store.list_sessions()] == [session_id]
