"""play68 (play67 saw it first): ctrl+q over an empty answer box on question 1 said "Your
answers so far are saved, and so is this draft": there was no draft, and no answer either.
The leave dialog now speaks of a draft only when the box holds text, and of answers saved only
after question 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for
from textual.widgets import TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.interview_dialogs import leave_dialog

RESUME = "interviewer resume 1a2b3c4d"


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


@pytest.mark.parametrize(
    ("answered", "draft", "said"),
    [
        (True, True, "Your answers so far are saved, and so is this draft."),
        (True, False, "Your answers so far are saved."),
        (False, True, "This draft is saved."),
        (False, False, "Nothing is answered yet; the session is kept."),
    ],
)
def test_the_dialog_says_only_what_there_is(answered: bool, draft: bool, said: str) -> None:
    dialog = leave_dialog("interview", RESUME, on_question=True, answered=answered, draft=draft)
    assert dialog._body == f"{said} To continue at this question later, run: {RESUME}"


async def body_on_ctrl_q(pilot, app) -> str:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+q")
    await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
    body = str(app.screen.query_one("#dialog-body").render())
    await pilot.press("n")
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    return body


async def test_played_question_one_then_two(genai: Bank, tmp_path: Path) -> None:
    config = SessionConfig(bank_id="genai", mode="practice", count=2, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        body = await body_on_ctrl_q(pilot, app)
        assert body.startswith("Nothing is answered yet; the session is kept.")
        app.screen.query_one("#answer", TextArea).insert("Hugging Face and PEFT.")
        body = await body_on_ctrl_q(pilot, app)
        assert body.startswith("This draft is saved. To continue")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        body = await body_on_ctrl_q(pilot, app)
        assert body.startswith("Your answers so far are saved. To continue")
        assert "draft" not in body
