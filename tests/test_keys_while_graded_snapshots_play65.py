"""Snapshots of the practice feedback after keys were typed while the answer was graded
(play65): the line under the title says `Typed after your answer went in, not added to it:
“and more”`. Dark and light, 80x24, on play62's multiple-choice list; the grader is held on its
fit until the keys are typed, as on a loaded machine."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from test_code_question_snapshots_play62 import _app, quiz  # noqa: F401 (fixture)
from test_keys_while_graded_play65 import HeldGrader
from test_snapshots import fixed_world  # noqa: F401 (autouse fixture)
from textual.pilot import Pilot
from textual.widgets import Label, TextArea

from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_feedback_says_the_keys_typed_while_graded_80x24(
    snap_compare,  # noqa: ANN001
    quiz,  # noqa: ANN001, F811
    tmp_path: Path,
    theme: str,
) -> None:
    bank, _ = quiz
    grader = HeldGrader(bank)
    config = SessionConfig(bank_id=bank.id, mode="practice", count=2, seed=1, untimed=True)
    app = _app((bank, grader), Store.open(":memory:"), tmp_path, start=(bank, config))
    app.key_settle = 0.35

    async def ready(pilot: Pilot) -> None:
        pilot.app.theme = theme
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen))
        screen = pilot.app.screen
        box = screen.query_one("#answer", TextArea)
        await wait_for(pilot, lambda: screen.focused is box and not box.read_only)
        box.insert("B")
        await pilot.press("ctrl+s", "a", "n", "d", "space", "m", "o", "r", "e")
        status = screen.query_one("#status", Label)
        await wait_for(pilot, lambda: "“and more”" in str(status.render()))
        grader.release.set()
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FeedbackScreen))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)
