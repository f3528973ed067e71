"""ux37: a draft is saved soon after the typing stops, not only every AUTOSAVE_SECONDS: the
program killed (`kill -9`) a second after a sentence was typed gave it back empty on resume."""

from __future__ import annotations

import time
from pathlib import Path

from pilot_helpers import make_app, wait_for

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.interview.screen import AUTOSAVE_SECONDS, DRAFT_SETTLE_SECONDS
from interviewer.tui.widgets.answer_editor import AnswerEditor


async def test_the_draft_is_saved_once_the_typing_stops(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    config = SessionConfig(bank_id="genai", count=2, seed=3, mode="interview", untimed=True)
    app = make_app(store, tmp_path, start=(Catalog(None).find("genai"), config))
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        session_id = screen.run.session.id

        def saved(text: str) -> bool:
            draft = store.load_draft(session_id)
            return draft is not None and draft.text == text

        await pilot.press("A")
        await wait_for(pilot, lambda: saved("A"))
        # just saved (by the settle timer, or else by the AUTOSAVE_SECONDS tick): the next
        # tick is seconds away
        screen.query_one("#answer", AnswerEditor).insert("ttention weighs tokens")
        typed = time.monotonic()
        await wait_for(pilot, lambda: saved("Attention weighs tokens"))
        assert time.monotonic() - typed < (DRAFT_SETTLE_SECONDS + AUTOSAVE_SECONDS) / 2
