"""A closed terminal (SIGHUP) or a `kill` (SIGTERM) keeps the draft typed so far (play27 #11)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui import closing
from interviewer.tui.screens.interview import InterviewScreen


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


@pytest.mark.parametrize("number", [signal.SIGHUP, signal.SIGTERM])
async def test_a_closing_signal_saves_the_text_typed_since_the_last_autosave(
    genai: Bank, tmp_path: Path, number: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The program ends by the signal once the draft is saved: here that end is recorded (and
    # the app left), and without the app's own handler the signal is ignored, so the test
    # fails and pytest lives on.
    ended: list[int] = []
    monkeypatch.setattr(closing, "end_process", ended.append)
    earlier = signal.signal(number, lambda *_: None)
    try:
        await closed_by(number, genai, tmp_path, ended)
    finally:
        signal.signal(number, earlier)


async def closed_by(number: int, genai: Bank, tmp_path: Path, ended: list[int]) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    app = make_app(store, tmp_path, start=(genai, SessionConfig(bank_id="genai", count=2)))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press(*"typed just before the window closed")
        os.kill(os.getpid(), number)
        await wait_for(pilot, lambda: ended == [number], tries=250)
    [session] = store.unfinished_sessions()
    draft = store.load_draft(session.id)
    assert draft is not None and draft.text == "typed just before the window closed"
