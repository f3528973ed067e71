"""Practice that steers, in the app: retries and appeals from the feedback and report screens."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from textual import events
from textual.widgets import Collapsible, Input, TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.appeal import AppealScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen
from interviewer.tui.screens.retry import RetryScreen
from interviewer.tui.widgets.score_bar import ScoreBar

SIZE = (100, 32)


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def practice_app(genai: Bank, store: Store, tmp_path: Path, count: int = 2) -> InterviewApp:
    config = SessionConfig(bank_id="genai", mode="practice", count=count, seed=5, untimed=True)
    return InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=FakeClock(),
        export_dir=tmp_path,
        start=(genai, config),
    )


async def test_retry_from_feedback_is_graded_and_kept(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = practice_app(genai, store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        question = app.screen.run.current  # type: ignore[attr-defined]
        app.screen.query_one("#answer", TextArea).insert("I am not sure.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        first_score = app.screen.submission.grade.score  # type: ignore[attr-defined]
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RetryScreen))
        app.screen.query_one("#answer", TextArea).insert(question.reference_answers[0])
        await pilot.press("ctrl+s")
        await wait_for(
            pilot,
            lambda: isinstance(app.screen, FeedbackScreen) and app.screen.first is not None,
        )
        retry = app.screen
        assert retry.submission.grade.score > first_score  # type: ignore[attr-defined]
        assert "retry" in str(retry.query_one("#feedback-title").render())
        await pilot.press("enter")
        await wait_for(
            pilot,
            lambda: isinstance(app.screen, InterviewScreen) and app.screen.run.plan.position == 2,  # type: ignore[attr-defined]
        )
    session = store.list_sessions()[0]
    [first] = store.answers(session.id)
    assert first.score == first_score and first.answer == "I am not sure."
    [kept] = store.retries(session.id)[first.id]
    assert kept.answer == question.reference_answers[0] and kept.score is not None


async def appeal_from_feedback(app: InterviewApp, pilot) -> None:  # noqa: ANN001
    """Answer the one question briefly, and open the appeal dialog from its feedback."""
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    app.screen.query_one("#answer", TextArea).insert("Something short.")
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
    await pilot.press("a")
    await wait_for(pilot, lambda: isinstance(app.screen, AppealScreen))
    await wait_for(pilot, lambda: app.screen.query("#appeal-grade"))


async def test_a_tab_after_the_grade_as_the_dialog_says_keeps_the_note(
    genai: Bank, tmp_path: Path
) -> None:
    # the dialog says "Tab next field"; typing the grade had already moved to the note, so the
    # Tab went on to Save and the note typed next was lost, with "Appeal saved" shown
    store = Store.open(":memory:")
    app = practice_app(genai, store, tmp_path, count=1)
    async with app.run_test(size=SIZE) as pilot:
        await appeal_from_feedback(app, pilot)
        # a second Tab does leave the note: only the first is taken as arriving
        await pilot.press("2", "tab", "tab")
        await pilot.pause()
        assert app.screen.focused is not None and app.screen.focused.id == "appeal-save"
        await pilot.press("shift+tab", "shift+tab")  # back to the grade
        await pilot.press("1", "tab", *"it is wrong", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        [appeal] = store.appeals().values()
        assert (appeal.candidate_grade, appeal.note) == (1, "it is wrong")


async def test_appeal_from_feedback_and_report(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = practice_app(genai, store, tmp_path, count=1)
    async with app.run_test(size=SIZE) as pilot:
        await appeal_from_feedback(app, pilot)
        await pilot.press("enter")  # no grade yet: refused, the dialog stays
        await pilot.pause()
        assert isinstance(app.screen, AppealScreen)
        await pilot.press("3", *"too harsh", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        [appeal] = store.appeals().values()
        assert (appeal.candidate_grade, appeal.note) == (3, "too harsh")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen
        report.query_one("#q-1 CollapsibleTitle").focus()
        await pilot.press("enter")  # open it
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, AppealScreen))
        await wait_for(pilot, lambda: app.screen.query("#appeal-grade"))
        assert app.screen.query_one("#appeal-grade", Input).value == "3"
        await pilot.press("5", "enter")
        await wait_for(pilot, lambda: app.screen is report)
        details = str(report.query_one("#q-1 .question-details").render())
        assert "Your appeal: 5 of 5" in details
        assert not report.query_one("#q-1", Collapsible).collapsed
    [appeal] = store.appeals().values()
    assert (appeal.candidate_grade, appeal.note) == (5, "too harsh")


async def test_fast_typing_in_the_appeal_keeps_every_character(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = practice_app(genai, store, tmp_path, count=1)
    async with app.run_test(size=SIZE) as pilot:
        await appeal_from_feedback(app, pilot)
        await pilot.pause()
        for character in "2 I said 3 things":  # queued faster than focus can move
            app.post_message(events.Key(character if character != " " else "space", character))
        app.post_message(events.Key("enter", None))
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
    [appeal] = store.appeals().values()
    assert (appeal.candidate_grade, appeal.note) == (2, "I said 3 things")


async def test_a_skipped_question_reads_skipped_with_nothing_to_disagree_with(
    genai: Bank, tmp_path: Path
) -> None:
    store = Store.open(":memory:")
    app = practice_app(genai, store, tmp_path, count=1)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        feedback = app.screen
        assert not feedback.query(ScoreBar)
        assert "Skipped" in str(feedback.query_one("#fb-skipped").render())
        assert "missing" not in str(feedback.query_one("#feedback-body").render())
        assert not feedback.check_action("appeal", ())
        await pilot.press("a")
        await pilot.pause()
        assert app.screen is feedback
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen
        report.query_one("#q-1 CollapsibleTitle").focus()
        await pilot.press("enter", "a")
        await pilot.pause()
        assert app.screen is report
        assert "Press a" not in str(report.query_one("#q-1 .question-details").render())
    assert store.appeals() == {}


async def test_a_practice_report_is_exported_as_practice(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = practice_app(genai, store, tmp_path, count=1)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("Attention weighs the tokens.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.press("m")
        await pilot.pause()
    [exported] = tmp_path.glob("*.md")
    assert exported.name.startswith("practice-")
    assert exported.read_text(encoding="utf-8").startswith("# Practice report: ")


async def test_practice_session_is_finished_once_its_last_answer_is_graded(
    genai: Bank, tmp_path: Path
) -> None:
    """Every question answered is a finished session, before its last feedback is left: a
    candidate who quits on that feedback is not offered it to resume (ux35 known fault)."""
    store = Store.open(":memory:")
    app = practice_app(genai, store, tmp_path, count=2)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        for n in (1, 2):
            app.screen.query_one("#answer", TextArea).insert("A model reads tokens.")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
            [session] = store.list_sessions()
            # after the first answer it is still under way, after the last it is finished
            assert session.finished is (n == 2)
            assert (store.unfinished_sessions() == []) is (n == 2)
            if n == 1:
                await pilot.press("enter")
                await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        finished_at = store.list_sessions()[0].finished_at
        # quitting here asks nothing (nothing is lost): the app ends, the session finished
        await pilot.press("ctrl+q")
        await pilot.pause()
    [session] = store.list_sessions()
    assert session.finished and session.answer_count == 2 and session.finished_at == finished_at
