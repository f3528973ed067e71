"""The confirmations the interview screen asks (tui/screens/interview_dialogs.py), shown in a
bare app: what they say, and what each answer returns."""

from __future__ import annotations

from pilot_helpers import wait_for
from textual.app import App

from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.interview_dialogs import leave_dialog, skip_dialog


async def shown(dialog: ConfirmScreen, key: str) -> tuple[list[str], bool | None]:
    """The dialog's title, body and buttons, and what it returns when `key` is pressed."""
    app: App[None] = App()
    answers: list[bool | None] = []
    async with app.run_test(size=(100, 32)) as pilot:
        app.push_screen(dialog, answers.append)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.query("#dialog-cancel"))
        texts = [
            str(app.screen.query_one(f"#{name}").render())
            for name in ("dialog-title", "dialog-body")
        ] + [
            str(app.screen.query_one(f"#{name}").label)
            for name in ("dialog-confirm", "dialog-cancel")
        ]
        await pilot.press(key)
        await wait_for(pilot, lambda: answers)
    return texts, answers[0] if answers else None


async def test_skipping_a_draft_says_how_long_it_is_and_what_it_scores() -> None:
    texts, answer = await shown(skip_dialog(1), "y")
    assert texts == [
        "Skip this question?",
        "Your draft of 1 word will be saved as skipped and scored 0.",
        "Skip",
        "Keep writing",
    ]
    assert answer is True
    texts, answer = await shown(skip_dialog(12), "n")
    assert texts[1] == "Your draft of 12 words will be saved as skipped and scored 0."
    assert answer is False


async def test_leaving_from_the_question_says_the_draft_is_saved_too() -> None:
    texts, _ = await shown(
        leave_dialog("interview", "interviewer resume 1a2b3c4d", on_question=True), "n"
    )
    assert texts == [
        "Leave the interview?",
        "Your answers so far are saved, and so is this draft. To continue at this question "
        "later, run: interviewer resume 1a2b3c4d",
        "Leave",
        "Stay",
    ]


async def test_leaving_from_the_feedback_continues_at_the_next_question() -> None:
    dialog = leave_dialog("practice", "interviewer resume 1a2b3c4d", on_question=False)
    texts, answer = await shown(dialog, "y")
    assert texts[:2] == [
        "Leave the practice session?",
        "Your answers so far are saved. To continue at the next question, run: "
        "interviewer resume 1a2b3c4d",
    ]
    assert answer is True
