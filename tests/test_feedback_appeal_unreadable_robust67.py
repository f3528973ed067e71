"""Practice feedback's `a` (disagree) on a history that cannot be read at that moment (robust67).

The key read the earlier appeal of the answer before opening the dialog, outside any `try`: a
history that could not be read then (damaged, or gone with its folder) raised out of the key
binding and ended the app. The dialog now opens without the earlier appeal; saving says why it
cannot be kept, as it did.
"""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import DATA, make_app, wait_for

from interviewer.core.bank import load_bank
from interviewer.core.errors import StoreError
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.appeal import AppealScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor


class Unreadable(Store):
    """A history that saves answers but cannot read appeals back, saying so as the store does."""

    def appeals(self, *args: object, **kwargs: object) -> dict:  # type: ignore[override]
        raise StoreError(f"{self.path}: cannot read the history database: disk I/O error")


async def test_disagreeing_opens_the_dialog_when_the_earlier_appeal_cannot_be_read(
    tmp_path: Path,
) -> None:
    store = Unreadable.open(tmp_path / "history.sqlite3")
    bank = load_bank(DATA / "banks" / "mini.yaml")
    config = SessionConfig(bank_id="mini", mode="practice", count=1, seed=1, untimed=True)
    app = make_app(store, tmp_path, start=(bank, config), key_settle=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", AnswerEditor).insert("A neural network trained on text.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen), tries=3000)
        await pilot.pause()
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, AppealScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
    assert app.return_code in (None, 0)
