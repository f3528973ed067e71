"""play29 F7: an answer to a question without a reference answer, saved but never rated (the
program ended on the rating screen), is asked to be rated on resume, and its report neither
calls it "not graded yet" nor offers to disagree with a grade it does not have."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.widgets import Label

from interviewer.core.bank import Bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.report import NOT_RATED_YET, build_report, result_label
from interviewer.core.self_rating import SELF_RATED_BAND
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen, question_details
from interviewer.tui.screens.self_rating import SelfRatingScreen

DATA = Path(__file__).resolve().parent / "data" / "import"


def _crashed_on_rating(bank: Bank, store: Store, count: int = 2) -> InterviewRun:
    """A session whose first answer was saved, and the program ended on its rating screen."""
    config = SessionConfig(bank_id="notes", mode="practice", count=count, seed=1, untimed=True)
    run = InterviewRun.start(
        bank=bank, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )
    run.next_question()
    submission = run.submit("It depends on the data.")
    assert submission.needs_self_rating
    return run


def _resumed(bank: Bank, store: Store) -> InterviewRun:
    session = store.latest_unfinished()
    assert session is not None
    return InterviewRun.resume(
        bank=bank, store=store, clock=FakeClock(), session=session, grader_factory=grader_for
    )


def test_a_resumed_run_lists_the_answer_left_unrated_and_rates_it_in_place(
    notes: Bank, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    _crashed_on_rating(notes, store)
    run = _resumed(notes, store)
    [unrated] = run.unrated()
    assert unrated.answer.position == 1
    run.self_rate(unrated, 3)  # the plan has the answer already: no "already recorded" error
    assert run.plan.position == 2
    answer = store.get_answer(unrated.answer.id)
    assert answer is not None and answer.band == SELF_RATED_BAND
    assert _resumed(notes, store).unrated() == []


def test_the_report_says_not_rated_yet_and_offers_no_appeal(notes: Bank, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    run = _crashed_on_rating(notes, store)
    [question] = build_report(store, run.session.id, notes).questions
    assert question.rating_pending and question.score is None
    assert result_label(question) == NOT_RATED_YET
    details = question_details(question)
    assert "Disagree" not in details
    assert "Resuming the session asks for your rating" in details


async def test_resume_asks_for_the_rating_before_the_next_question(
    notes: Bank, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    _crashed_on_rating(notes, store)
    session = store.latest_unfinished()
    app = make_app(store, tmp_path, resume=session)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
        assert "It depends on the data." in str(app.screen.query_one("#rating-answer").render())
        title = str(app.screen.query_one("#rating-title", Label).render())
        assert title.endswith("· saved before the program ended, not rated yet"), title
        await pilot.press("4", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        assert str(app.screen.query_one("#progress", Label).render()).startswith("2 / 2")
    report = build_report(store, session.id, notes)  # type: ignore[union-attr]
    assert report.self_ratings == (4,)


async def test_an_unrated_last_answer_is_rated_on_resume_then_the_report_shows(
    notes: Bank, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    _crashed_on_rating(notes, store, count=1)
    session = store.latest_unfinished()
    app = make_app(store, tmp_path, resume=session)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
        await pilot.press("2", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    report = build_report(store, session.id, notes)  # type: ignore[union-attr]
    assert report.self_ratings == (2,) and report.finished
