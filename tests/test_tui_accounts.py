"""Numbers that add up on screen: planned counts on home, skipped questions in the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from textual.widgets import Collapsible

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.report import ReportScreen

SIZE = (100, 32)


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def make_app(store: Store, clock: FakeClock) -> InterviewApp:
    return InterviewApp(
        catalog=Catalog(None), store=store, clock=clock, export_dir=Path("/nonexistent")
    )


def started_beside_an_unfinished_one(
    genai: Bank, config: SessionConfig
) -> tuple[InterviewApp, FakeClock, Store, InterviewRun]:
    """An app started straight into a session (`interviewer start`) while another session of
    the same bank is unfinished in its store; with its clock, store and that other session."""
    clock, store = FakeClock(), Store.open(":memory:")
    waiting = InterviewRun.start(
        bank=genai, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    app = InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=clock,
        export_dir=Path("/nonexistent"),
        start=(genai, config),
    )
    return app, clock, store, waiting


async def test_home_resume_counts_what_a_review_planned(genai: Bank) -> None:
    clock, store = FakeClock(), Store.open(":memory:")
    ids = tuple(q.id for q in genai.questions[:5])
    config = SessionConfig(bank_id="genai", count=10, seed=2, review=True, question_ids=ids)
    InterviewRun.start(
        bank=genai, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        menu = app.screen.query_one("#menu")
        prompt = str(menu.get_option("resume-" + app.screen.unfinished[0].id).prompt)  # type: ignore[attr-defined]
        assert "Resume: Generativ" in prompt and "0 answered of 5 planned" in prompt
        await pilot.pause(0.2)


async def test_report_screen_shows_a_skip_as_skipped(genai: Bank) -> None:
    clock, store = FakeClock(), Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=1, seed=2)
    run = InterviewRun.start(
        bank=genai, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    run.next_question()
    run.submit("", skipped=True)
    run.finish()
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.open_report(run.session.id)
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause(0.1)
        [question] = app.screen.query(Collapsible)
        assert question.title.startswith("1.   - skipped ")
        assert "missing" not in question.title
        summary = {label: value for label, value in _summary(app.screen)}
        assert summary["Questions"] == "0 answered, 1 skipped, of 1 planned"
        shown = {
            b.binding.description: b.binding.key
            for b in app.screen.active_bindings.values()
            if b.binding.show
        }
        assert shown.get("Next") == "tab"
        await pilot.press("tab")
        assert app.focused is not None and app.focused.parent is question


def _summary(screen) -> list[tuple[str, str]]:  # noqa: ANN001
    from interviewer.core.report import summary_lines

    return summary_lines(screen.report)


async def test_starting_a_session_while_one_is_unfinished_says_so(genai: Bank) -> None:
    config = SessionConfig(bank_id="genai", count=3, seed=2)
    app, clock, store, waiting = started_beside_an_unfinished_one(genai, config)
    async with app.run_test(size=(50, 15)) as pilot:
        await pilot.pause(0.2)
        # on the status line, not in a toast over the answer box while the clock runs
        assert not app._notifications
        status = str(app.screen.query_one("#status").render())
        assert status.startswith("Another session is unfinished")
    assert waiting.session.id in {s.id for s in store.unfinished_sessions()}


async def test_starting_from_home_says_nothing_of_the_sessions_home_lists(genai: Bank) -> None:
    clock, store = FakeClock(), Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=3, seed=2)
    InterviewRun.start(
        bank=genai, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    app = make_app(store, clock)
    async with app.run_test(size=(50, 15)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen.query("#status"))
        await pilot.pause(0.2)
        assert not app._notifications
        assert str(app.screen.query_one("#status").render()) == ""


def two_unfinished(genai: Bank, store: Store, clock: FakeClock) -> list[InterviewRun]:
    runs = []
    for seed in (1, 2):
        config = SessionConfig(bank_id="genai", count=3, seed=seed)
        runs.append(
            InterviewRun.start(
                bank=genai, store=store, clock=clock, config=config, grader_factory=grader_for
            )
        )
        clock.advance(60)
    return runs


async def test_home_lists_every_unfinished_session_to_resume_any(genai: Bank) -> None:
    from interviewer.tui.screens.interview import InterviewScreen

    clock, store = FakeClock(), Store.open(":memory:")
    older, newer = two_unfinished(genai, store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        menu = app.screen.query_one("#menu")
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]  # type: ignore[attr-defined]
        assert ids[2:4] == ["resume-" + newer.session.id, "resume-" + older.session.id]
        menu.highlighted = 3  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        assert app.screen.run.session.id == older.session.id  # type: ignore[attr-defined]
        await pilot.pause(0.2)


async def test_home_closes_an_unfinished_session_after_asking(genai: Bank) -> None:
    from interviewer.tui.screens.dialogs import ConfirmScreen

    clock, store = FakeClock(), Store.open(":memory:")
    older, newer = two_unfinished(genai, store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.screen.query_one("#menu").highlighted = 2  # type: ignore[attr-defined]
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, HomeScreen)
                and [s.id for s in app.screen.unfinished] == [older.session.id]
            ),
        )
        await pilot.pause(0.2)
    closed = store.get_session(newer.session.id)
    assert closed is not None and closed.finished


async def test_history_screen_reads_once_and_filters_by_bank(genai: Bank) -> None:
    from textual.widgets import DataTable, Select

    from interviewer.tui.screens.history import HistoryScreen

    clock, store = FakeClock(), Store.open(":memory:")
    for seed in (1, 2):
        store.create_session(SessionConfig(bank_id="genai", count=3, seed=seed), genai, clock)
    reads = []
    real = store.list_sessions

    def counted(bank_id=None):  # noqa: ANN001, ANN202
        reads.append(bank_id)
        return real(bank_id)

    store.list_sessions = counted  # type: ignore[method-assign]
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        reads.clear()
        app.open_history()
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause(0.2)
        assert reads == [None]
        screen = app.screen
        screen.query_one("#history-bank", Select).value = "genai"
        await wait_for(pilot, lambda: len(reads) >= 2)
        await pilot.pause(0.2)
        assert reads == [None, "genai"]
        assert screen.query_one("#sessions", DataTable).row_count == 2


async def test_an_earlier_notice_does_not_cut_short_the_time_out_notice(genai: Bank) -> None:
    config = SessionConfig(bank_id="genai", count=3, seed=2, time_limit=30)
    app, clock, _, _ = started_beside_an_unfinished_one(genai, config)
    async with app.run_test(size=(50, 15)) as pilot:
        status = app.screen.query_one("#status")
        await wait_for(pilot, lambda: "unfinished" in str(status.render()))
        first = str(status.render())
        clock.advance(31)
        await wait_for(pilot, lambda: "Time's up" in str(status.render()))
        app.screen._clear_notice(first)  # type: ignore[attr-defined]  # the first one's timer
        assert "Time's up" in str(status.render())
        app.screen._clear_notice(str(status.render()))  # type: ignore[attr-defined]
        assert str(status.render()) == ""
