"""play26: the history's trend per mode, whole-number scores, marks for closed sessions, and
the other screen findings of that play test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pilot_helpers import make_app, open_history, wait_for
from textual.pilot import Pilot
from textual.widgets import DataTable, Label, OptionList, TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.report import build_report, format_score, score_trend, summary_lines
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.history import CLOSED_MARK
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.score_bar import ScoreBar


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def history(tmp_path: Path) -> Store:
    """A real history file under tmp_path."""
    return Store.open(tmp_path / "history.sqlite3")


def session_of(
    store: Store,
    clock: FakeClock,
    bank: Bank,
    answers: list[str],
    *,
    mode: str = "interview",
    count: int | None = None,
) -> str:
    """A finished session of `bank` in `mode` with these answers (a reference answer for
    "good"), closed early when `count` plans more."""
    config = SessionConfig(bank_id=bank.id, count=count or len(answers), seed=3, mode=mode)
    run = InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    for text in answers:
        question = run.next_question()
        assert question is not None
        clock.advance(30)
        run.grade(run.submit(question.reference_answers[0] if text == "good" else text))
    if count and count > len(answers):
        session_id = store.close_session(run.session.id).id
    else:
        session_id = run.finish().id
    clock.advance(3600)
    return session_id


# -- F12: the trend per mode, as the report compares -------------------------------------------


def test_the_trend_counts_one_mode_as_the_reports_comparison(genai: Bank, tmp_path: Path) -> None:
    """play26 F12: `Trend of genai, 5 finished sessions: 22 → 5` mixed practice with
    interviews, while the report compares a session with the same mode's sessions only."""
    store, clock = history(tmp_path), FakeClock()
    session_of(store, clock, genai, ["good"])
    session_of(store, clock, genai, ["I am not sure."], mode="practice")
    session_of(store, clock, genai, ["good", "good"])
    last = session_of(store, clock, genai, ["Attention weighs tokens."])
    trend = score_trend(store.list_sessions())
    interviews = [s for s in reversed(store.list_sessions()) if s.mode == "interview"]
    assert (trend.bank_id, trend.mode) == ("genai", "interview")
    assert trend.scores == tuple(s.mean_score for s in interviews)
    report = build_report(store, last, genai)
    assert report.comparison is not None and trend.earlier_average is not None
    assert format_score(trend.earlier_average) == format_score(report.comparison.previous_average)
    assert report.comparison.previous_sessions == len(trend.scores) - 1
    practice = score_trend(store.list_sessions(), mode="practice")
    assert (practice.mode, len(practice.scores)) == ("practice", 1)


def test_against_earlier_is_whole_points(genai: Bank, tmp_path: Path) -> None:
    """play26 F12: `67.8 points above` where every other score was a whole number."""
    store, clock = history(tmp_path), FakeClock()
    session_of(store, clock, genai, ["Attention weighs tokens."])
    last = session_of(store, clock, genai, ["good"])
    report = build_report(store, last, genai)
    assert report.comparison is not None and report.comparison.change is not None
    assert report.comparison.change != round(report.comparison.change)  # a fraction to round
    text = dict(summary_lines(report))["Against earlier"]
    gap = text.split(" point")[0]
    assert gap.isdigit() and int(gap) == round(abs(report.comparison.change))


async def test_the_history_trend_names_its_mode_and_says_latest_average_and_best(
    genai: Bank, tmp_path: Path
) -> None:
    store, clock = history(tmp_path), FakeClock()
    session_of(store, clock, genai, ["good"])
    session_of(store, clock, genai, ["I am not sure."], mode="practice")
    session_of(store, clock, genai, ["Attention weighs tokens."])
    session_of(store, clock, genai, ["I am not sure."], count=3)  # closed, yet scored
    scores = [
        s.mean_score
        for s in reversed(store.list_sessions())
        if s.mode == "interview" and s.mean_score is not None
    ]
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        label = str(app.screen.query_one("#trend-label", Label).render())
        latest, before = scores[-1], sum(scores[:-1]) / 2
        assert label == (
            f"Trend of genai interviews, 3 finished: latest {format_score(latest)}, "
            f"earlier average {format_score(before)}, best {format_score(max(scores))}"
        )
        table = app.screen.query_one("#sessions", DataTable)
        assert [str(table.get_row_at(r)[0]) for r in range(table.row_count)] == [
            CLOSED_MARK,
            "",
            "",
            "",
        ]
        assert "closed" in str(app.screen.query_one("#history-note", Label).render())
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_practice_feedback_shows_the_score_whole(genai: Bank, tmp_path: Path) -> None:
    """play26 F12: practice feedback said `10.6` where the report says `11`."""
    store = history(tmp_path)
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=5, untimed=True)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("Attention weighs the tokens.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        grade = app.screen.submission.grade  # type: ignore[attr-defined]
        assert grade is not None and grade.score != round(grade.score)
        bar = str(app.screen.query_one(ScoreBar).render())
        assert bar.rstrip().endswith(f" {format_score(grade.score)}")
        why = str(app.screen.query_one("#fb-why").render())
        assert why.endswith(f"= {format_score(grade.score)}")


# -- F13: the home screen's choices kept at once -----------------------------------------------


def home_app(tmp_path: Path) -> InterviewApp:
    return InterviewApp(
        catalog=Catalog(None),
        store=history(tmp_path),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        preferences_path=tmp_path / "preferences.json",
    )


async def press_on(pilot: Pilot, home: HomeScreen, setting: str, key: str) -> None:
    menu = home.query_one("#menu", OptionList)
    menu.highlighted = menu.get_option_index(setting)
    await pilot.press(key)
    await pilot.pause()


async def test_home_choices_are_kept_when_quit_without_starting(tmp_path: Path) -> None:
    """play26 F13: Timing set to untimed and Adaptive turned on, then ctrl+q: the next run
    showed the defaults again, and preferences.json said "default"."""
    app = home_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        assert isinstance(home, HomeScreen)
        await press_on(pilot, home, "timing", "left")
        await press_on(pilot, home, "adaptive", "right")
        await press_on(pilot, home, "mode", "right")
        await press_on(pilot, home, "level", "right")
        shown = {name: home._setting_text(name) for name in ("timing", "adaptive", "mode", "level")}
        assert "untimed" in shown["timing"] and "on:" in shown["adaptive"]
        await pilot.press("ctrl+q")
    saved = json.loads((tmp_path / "preferences.json").read_text())
    assert (saved["timing"], saved["adaptive"], saved["mode"]) == ("untimed", True, "practice")
    assert saved["level"] != "all"
    again = home_app(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, HomeScreen) and again.screen.bank)
        home = again.screen
        assert isinstance(home, HomeScreen)
        assert {name: home._setting_text(name) for name in shown} == shown
