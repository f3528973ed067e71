"""play57: cancelling the appeal dialog dropped the note typed in it (play56 noticed it: a
shift+tab onto Cancel and Enter lost the note without asking). What was typed is kept as a
draft for as long as the app runs, and the dialog shows it again on the same answer."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import wait_for
from textual.widgets import Input, TextArea

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.appeal import AppealScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen

SIZE = (100, 32)


def _app(store: Store, tmp_path: Path) -> InterviewApp:
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=5, untimed=True)
    return InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=FakeClock(),
        export_dir=tmp_path,
        start=(Catalog(None).find("genai"), config),
    )


async def _open_appeal(app: InterviewApp, pilot) -> None:  # noqa: ANN001
    await pilot.press("a")
    await wait_for(pilot, lambda: isinstance(app.screen, AppealScreen))
    await wait_for(pilot, lambda: app.screen.query("#appeal-note"))


def _fields(app: InterviewApp) -> tuple[str, str]:
    return (
        app.screen.query_one("#appeal-grade", Input).value,
        app.screen.query_one("#appeal-note", Input).value,
    )


async def test_a_cancelled_appeal_keeps_its_note_as_a_draft(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = _app(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("Something short.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await _open_appeal(app, pilot)
        await pilot.press("4", *"it named the trade-off")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert not store.appeals()  # a draft is not an appeal
        assert any("kept as a draft" in n.message for n in app._notifications)
        await _open_appeal(app, pilot)
        assert _fields(app) == ("4", "it named the trade-off")
        # the Cancel button keeps it too, and Save stores it and drops the draft
        await pilot.click("#appeal-cancel")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await _open_appeal(app, pilot)
        assert _fields(app) == ("4", "it named the trade-off")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        [appeal] = store.appeals().values()
        assert (appeal.candidate_grade, appeal.note) == (4, "it named the trade-off")
        await _open_appeal(app, pilot)
        assert _fields(app) == ("4", "it named the trade-off")


async def test_a_cancel_with_nothing_typed_keeps_no_draft(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = _app(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("Something short.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await _open_appeal(app, pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert not any("kept as a draft" in n.message for n in app._notifications)
        await _open_appeal(app, pilot)
        assert _fields(app) == ("", "")
