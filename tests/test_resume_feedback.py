"""Resuming a practice session killed right after a submit shows that answer's feedback first
(play27 #10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for
from textual.widgets import Label

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


async def test_resume_after_a_crash_shows_the_saved_answers_feedback_then_the_next_question(
    genai: Bank, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    config = SessionConfig(bank_id="genai", count=3, seed=2, mode="practice")
    run = InterviewRun.start(
        bank=genai, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )
    run.next_question()
    run.grade(run.submit("Attention lets each token weigh every other token."))
    # the program ends here: no feedback seen, no draft kept for question 2
    session = store.latest_unfinished()
    assert session is not None
    app = make_app(store, tmp_path, resume=session)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        progress = app.screen.query_one("#progress", Label).render()
        assert str(progress).startswith("2 / 3")


async def test_resume_after_a_crash_before_grading_grades_then_shows_the_feedback(
    genai: Bank, tmp_path: Path
) -> None:
    """Killed right after ctrl+s, before the grade was saved: the answer is graded once, off
    the UI thread, and its feedback shown before the next question is worked on."""
    store = Store.open(tmp_path / "history.sqlite3")
    config = SessionConfig(bank_id="genai", count=3, seed=2, mode="practice")
    run = InterviewRun.start(
        bank=genai, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )
    run.next_question()
    submission = run.submit("Attention lets each token weigh every other token.")
    assert store.get_answer(submission.answer.id).grade is None  # type: ignore[union-attr]
    session = store.latest_unfinished()
    assert session is not None
    app = make_app(store, tmp_path, resume=session)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        assert str(app.screen.query_one("#progress", Label).render()).startswith("2 / 3")
    answer = store.get_answer(submission.answer.id)
    assert answer is not None and answer.grade is not None
    assert store.grade_history(answer.id) == []  # graded once, not graded and then re-graded
