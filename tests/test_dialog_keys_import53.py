"""The confirm dialog's key line names what each key does (play52: it read `Enter press`, an
instruction to press Enter rather than what Enter does)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.interview import InterviewScreen


async def test_the_key_line_says_what_enter_does(tmp_path: Path) -> None:
    genai = Catalog(None).find("genai")
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        keys = str(app.screen.query_one("#dialog-keys").render())
        assert keys == "←→ move · Enter select · y leave · n/Esc stay"
        # Enter does what the key line says: it selects the button ←→ moved to
        await pilot.press("left", "enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
