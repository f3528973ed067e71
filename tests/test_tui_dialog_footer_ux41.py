"""The footer a dialog leaves in sight offers only keys that work (ux41): under the leave and
skip dialogs the clock is held, and `f2 Resume` did nothing there."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.widgets import TextArea
from textual.widgets._footer import FooterKey

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.interview import InterviewScreen


def footer_keys(screen: InterviewScreen) -> list[str]:
    return [f"{key.key} {key.description}" for key in screen.query(FooterKey)]


async def test_no_f2_resume_under_a_dialog_and_pause_works_after_it(tmp_path: Path) -> None:
    genai = Catalog(None).find("genai")
    config = SessionConfig(bank_id="genai", count=2, seed=1, time_limit=60)
    with Store.open(tmp_path / "history.sqlite3") as store:
        app = make_app(store, tmp_path, start=(genai, config))
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            screen.query_one("#answer", TextArea).insert("A draft")
            for key in ("ctrl+q", "f3"):  # the leave dialog, then the skip dialog
                await pilot.press(key)
                await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
                await pilot.pause()
                assert screen.run.timer is not None and screen.run.timer.paused
                keys = footer_keys(screen)
                assert not any(k.endswith(("Resume", "Pause")) for k in keys), keys
                await pilot.press("f2")  # does nothing here: the dialog stays
                await pilot.pause()
                assert isinstance(app.screen, ConfirmScreen)
                await pilot.press("escape")
                await wait_for(pilot, lambda: app.screen is screen)
                await pilot.pause()
                assert not screen.run.timer.paused
                assert "f2 Pause" in footer_keys(screen)
            await pilot.press("f2")  # a real pause still offers f2 Resume
            await pilot.pause()
            assert "f2 Resume" in footer_keys(screen)
