"""Snapshots of the practice feedback holding keys typed on after f3 (keys64): the line under
the title says what was typed and that it was not acted on; the screen stays. Dark and light,
80x24, on play62's multiple-choice list (a small bank written for the tests). The app's fake
clock is frozen, so every typing key arrives within the settle time."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from test_code_question_snapshots_play62 import _app, quiz  # noqa: F401 (fixture)
from test_snapshots import fixed_world  # noqa: F401 (autouse fixture)
from textual.pilot import Pilot

from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_feedback_holds_keys_typed_on_80x24(snap_compare, quiz, tmp_path: Path, theme: str) -> None:  # noqa: ANN001, F811
    bank, _ = quiz
    config = SessionConfig(bank_id=bank.id, mode="practice", count=2, seed=1, untimed=True)
    app = _app(quiz, Store.open(":memory:"), tmp_path, start=(bank, config), key_settle=0.35)

    async def ready(pilot: Pilot) -> None:
        pilot.app.theme = theme
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen))
        await pilot.pause()
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FeedbackScreen))
        await pilot.press("I", "space", "d", "o", "space", "n", "o", "t", "space", "r", "a")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FeedbackScreen)  # "r" and "a" did not act

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)
