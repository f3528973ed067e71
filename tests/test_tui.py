"""The interview app driven with Pilot at a fixed size, a fake clock and an in-memory store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pilot_helpers import wait_for
from textual import events
from textual.widgets import Label, TextArea

from interviewer.core.bank import LEVELS, Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grade, Grader, grader_for
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.history import HistoryScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen
from interviewer.tui.widgets.countdown import Countdown

SIZE = (100, 32)


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


@pytest.fixture
def store() -> Store:
    return Store.open(":memory:")


def make_app(store: Store, clock: FakeClock, **kwargs: object) -> InterviewApp:
    return InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=clock,
        export_dir=Path("/nonexistent-export-dir"),
        **kwargs,  # type: ignore[arg-type]
    )


async def answer(pilot, text: str) -> None:  # noqa: ANN001
    editor = pilot.app.screen.query_one("#answer", TextArea)
    editor.insert(text)
    await pilot.press("ctrl+s")


def reference_of(app: InterviewApp) -> str:
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    assert screen.run.current is not None
    return screen.run.current.reference_answers[0]


async def test_interview_mode_runs_from_home_to_report(genai: Bank, store: Store) -> None:
    clock = FakeClock()
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await wait_for(pilot, lambda: app.screen.bank is not None)  # type: ignore[attr-defined]
        await pilot.press("down", "down", "down", "down", "down", "down")  # to Questions
        assert app.screen.query_one("#menu").highlighted_option.id == "count"  # type: ignore[attr-defined]
        await pilot.press(*["left"] * 6)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        for n in range(1, 5):
            progress = str(app.screen.query_one("#progress").render())
            assert progress == f"{n} / 4"
            await answer(pilot, reference_of(app))
            await wait_for(
                pilot,
                lambda n=n: (
                    isinstance(app.screen, ReportScreen) or app.screen.run.plan.position == n + 1
                ),  # type: ignore[attr-defined]
            )
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen.report  # type: ignore[attr-defined]
        assert report.answered == 4 and report.finished
        assert all(q.score is not None and q.score >= 75 for q in report.questions)
    [session] = store.list_sessions()
    assert session.finished and session.answer_count == 4 and session.mode == "interview"


async def test_practice_mode_shows_feedback_after_each_answer(genai: Bank, store: Store) -> None:
    clock = FakeClock()
    config = SessionConfig(bank_id="genai", mode="practice", count=2, seed=5)
    app = make_app(store, clock, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, "I do not know, sorry.")
        # The screen is current before it has composed its rows: wait for them too.
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, FeedbackScreen) and bool(app.screen.query("#fb-reference"))
            ),
        )
        feedback = app.screen
        assert feedback.submission.grade is not None  # type: ignore[attr-defined]
        assert feedback.submission.grade.band in ("weak", "missing")  # type: ignore[attr-defined]
        assert app.screen.query("#fb-reference")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, reference_of(app))
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert app.screen.submission.grade.passed  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))


async def test_questions_escalate_from_beginner_to_expert(genai: Bank, store: Store) -> None:
    config = SessionConfig(bank_id="genai", count=6, seed=11, untimed=True)
    app = make_app(store, FakeClock(), start=(genai, config))
    levels = []
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        for _ in range(6):
            run = app.screen.run  # type: ignore[attr-defined]
            levels.append(run.current.level)
            assert "untimed" in str(app.screen.query_one(Countdown).render())
            await pilot.press("f3")
            await wait_for(
                pilot,
                lambda: isinstance(app.screen, ReportScreen) or app.screen.run.current is not None,  # type: ignore[attr-defined]
            )
    assert levels == sorted(levels, key=LEVELS.index)
    assert set(levels) == set(LEVELS)


async def test_adaptive_session_moves_up_after_strong_answers(genai: Bank, store: Store) -> None:
    config = SessionConfig(bank_id="genai", count=3, seed=2, adaptive=True)
    app = make_app(store, FakeClock(), start=(genai, config))
    levels = []
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        for n in range(3):
            run = app.screen.run  # type: ignore[attr-defined]
            levels.append(run.current.level)
            await answer(pilot, reference_of(app))
            await wait_for(
                pilot,
                lambda n=n: (
                    isinstance(app.screen, ReportScreen)
                    or len(app.screen.run.plan.results) == n + 1
                ),  # type: ignore[attr-defined]
            )
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        assert app.screen.report.level_reached == "expert"  # type: ignore[attr-defined]
    assert levels == ["beginner", "intermediate", "expert"]


async def test_time_out_submits_what_was_typed(genai: Bank, store: Store) -> None:
    clock = FakeClock()
    config = SessionConfig(bank_id="genai", count=2, seed=1, time_limit=30)
    app = make_app(store, clock, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("partial thoughts about tokens")
        clock.advance(25)
        # the countdown redraws on its own tick; a loaded machine may need more than 0.3 s
        await wait_for(pilot, lambda: app.screen.query_one(Countdown).has_class("-low-time"))
        clock.advance(10)
        await wait_for(pilot, lambda: app.screen.run.plan.position == 2)  # type: ignore[attr-defined]
        session = store.list_sessions()[0]
        [first] = store.answers(session.id)
        assert first.timed_out and first.answer == "partial thoughts about tokens"
        assert first.seconds == 30


@pytest.mark.parametrize("size", [(80, 24), (50, 15)])
async def test_time_out_says_so_on_the_status_line_without_covering_the_answer(
    genai: Bank, store: Store, size: tuple[int, int]
) -> None:
    clock = FakeClock()
    config = SessionConfig(bank_id="genai", count=2, seed=1, time_limit=30)
    app = make_app(store, clock, start=(genai, config))
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("partial thoughts")
        clock.advance(31)
        await wait_for(pilot, lambda: app.screen.run.plan.position == 2)  # type: ignore[attr-defined]
        await pilot.pause()
        status = app.screen.query_one("#status", Label)
        assert "Time's up on question 1" in str(status.render())
        # one line at 80 columns; at 50 it wraps rather than cut the sentence (ux37)
        assert status.has_class("-notice") and status.region.height == (1 if size[0] >= 80 else 2)
        assert str(status.render()).endswith("your answer was submitted as it was.")
        assert not app._notifications  # no toast over the answer box
        assert app.focused is app.screen.query_one("#answer", TextArea)


async def test_pause_hides_the_question_and_stops_the_clock(genai: Bank, store: Store) -> None:
    clock = FakeClock()
    config = SessionConfig(bank_id="genai", count=1, seed=1, time_limit=60)
    app = make_app(store, clock, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        clock.advance(10)
        await pilot.press("f2")
        await pilot.pause()
        assert screen.has_class("-paused")
        assert not screen.query_one("#question-body").display
        clock.advance(500)
        await pilot.pause(0.3)
        assert screen.run.timer.remaining() == pytest.approx(50)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")  # no submitting while paused
        await pilot.pause()
        assert screen.run.current is not None  # type: ignore[attr-defined]
        await pilot.press("f2")
        await pilot.pause()
        assert not screen.has_class("-paused")
        clock.advance(5)
        await answer(pilot, "Tokens are pieces of text.")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    session = store.list_sessions()[0]
    assert session.paused_seconds == pytest.approx(500)
    assert store.answers(session.id)[0].seconds == pytest.approx(15)


async def test_quit_and_resume_restores_the_draft(genai: Bank, tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store.open(tmp_path / "history.sqlite3")
    config = SessionConfig(bank_id="genai", count=3, seed=4, time_limit=120)
    app = make_app(store, clock, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, reference_of(app))
        await wait_for(pilot, lambda: app.screen.run.plan.position == 2)  # type: ignore[attr-defined]
        second = app.screen.run.current  # type: ignore[attr-defined]
        app.screen.query_one("#answer", TextArea).insert("my half-written draft")
        clock.advance(40)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0
    store.close()

    store = Store.open(tmp_path / "history.sqlite3")
    unfinished = store.latest_unfinished()
    assert unfinished is not None and unfinished.answer_count == 1
    app = make_app(store, clock, resume=unfinished)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert screen.run.current.id == second.id  # type: ignore[attr-defined]
        assert screen.query_one("#answer", TextArea).text == "my half-written draft"
        assert str(screen.query_one("#progress").render()) == "2 / 3"
        assert screen.run.timer.remaining() == pytest.approx(80)  # type: ignore[attr-defined]
    store.close()


class BlockingGrader:
    """The real grader, held back until the test lets it go."""

    def __init__(self, grader: Grader) -> None:
        self.grader = grader
        self.release = threading.Event()
        self.started = threading.Event()

    def fit(self) -> BlockingGrader:
        return self

    def grade(self, question, answer, *, timed_out=False) -> Grade:  # noqa: ANN001
        self.started.set()
        self.release.wait(10)
        return self.grader.grade(question, answer, timed_out=timed_out)


async def test_editor_stays_responsive_while_grading_runs(genai: Bank, store: Store) -> None:
    blocking = BlockingGrader(grader_for(genai))
    config = SessionConfig(bank_id="genai", count=2, seed=9)
    app = make_app(store, FakeClock(), start=(genai, config), grader_factory=lambda b: blocking)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, reference_of(app))
        await wait_for(pilot, blocking.started.is_set)
        await wait_for(pilot, lambda: app.screen.run.plan.position == 2)  # type: ignore[attr-defined]
        await pilot.press(*"typing while grading")
        editor = app.screen.query_one("#answer", TextArea)
        assert editor.text == "typing while grading"
        [saved] = store.answers(store.list_sessions()[0].id)
        assert saved.score is None  # still grading, but already saved
        blocking.release.set()
        await wait_for(pilot, lambda: store.answers(store.list_sessions()[0].id)[0].score)


async def test_history_lists_sessions_and_opens_a_report(genai: Bank, store: Store) -> None:
    config = SessionConfig(bank_id="genai", count=1, seed=3)
    app = make_app(store, FakeClock(), start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, reference_of(app))
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        table = app.screen.query_one("#sessions")
        # filled in the screen's on_mount, which a loaded machine runs a moment after the
        # screen is current
        await wait_for(pilot, lambda: table.row_count == 1)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: store.list_sessions() == [])


async def test_home_fits_and_works_at_80_by_24(store: Store) -> None:
    app = make_app(store, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        menu = screen.query_one("#menu")
        await wait_for(pilot, lambda: screen.bank is not None)
        await pilot.pause()
        assert menu.region.bottom <= 23 and menu.region.right <= 80
        assert menu.highlighted_option.id == "start"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        editor = app.screen.query_one("#answer")
        assert editor.region.height >= 4


async def test_theme_and_choices_are_remembered(genai: Bank, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    app = make_app(store, FakeClock(), preferences_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.screen.bank is not None)  # type: ignore[attr-defined]
        app.theme = "nord"
        await pilot.press("down", "down", "down", "down", "down", "right")  # Mode -> practice
        await pilot.press("home", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        assert app.screen.run.mode == "practice"  # type: ignore[attr-defined]
    app = make_app(store, FakeClock(), preferences_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "nord"
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert app.screen.preferences.mode == "practice"  # type: ignore[attr-defined]
        assert "practice" in app.screen._setting_text("mode")  # type: ignore[attr-defined]


async def test_tiny_terminal_sizes_do_not_break_the_app(store: Store) -> None:
    app = make_app(store, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.bank is not None)  # type: ignore[attr-defined]
        for size in [(20, 6), (1, 1), (40, 10), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        for size in [(12, 4), (1, 1), (100, 32)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press(*"still typing")
        assert app.screen.query_one("#answer", TextArea).text == "still typing"


async def test_submit_right_after_fast_typing_keeps_every_character(
    genai: Bank, store: Store
) -> None:
    config = SessionConfig(bank_id="genai", count=2, seed=1, untimed=True)
    app = make_app(store, FakeClock(), start=(genai, config))
    text = "tokens are pieces of words; a tokenizer splits text into them " * 3
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        for character in text:  # keys queued faster than the editor handles them
            app.post_message(events.Key(character, character))
        app.post_message(events.Key("ctrl+s", None))
        await wait_for(pilot, lambda: app.screen.run.plan.position == 2)  # type: ignore[attr-defined]
    [saved] = store.answers(store.list_sessions()[0].id)
    assert saved.answer == text


async def test_leaving_a_session_started_from_home_goes_back_home_to_resume_it(
    genai: Bank, store: Store
) -> None:
    """play22 F23: leaving quit the whole app, while the home screen it was started from
    shows the session under Resume."""
    app = make_app(store, FakeClock())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        home = app.screen
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("a draft")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: bool(app.screen.query("#dialog-title")))
        assert "Resume on the home screen" in str(app.screen.query_one("#dialog-body").render())
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen is not home)
        assert app.is_running and len(app.screen_stack) == 2
        [waiting] = store.unfinished_sessions()
        draft = store.load_draft(waiting.id)
        assert draft is not None and draft.text == "a draft"
        # listed under Resume at once, not after a visit to History (play23 F4)
        from interviewer.tui.screens.home import RESUME_PREFIX

        menu = app.screen.query_one("#menu")
        await pilot.pause()
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        assert RESUME_PREFIX + waiting.id in ids
