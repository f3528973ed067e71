"""play26: the history's trend per mode, whole-number scores, marks for closed sessions, and
the other screen findings of that play test."""

from __future__ import annotations

import json
import threading
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
    # ux37: the gap of the two numbers shown (the score, the average in brackets), so that
    # the line adds up as read
    assert report.score is not None and report.comparison.previous_average is not None
    shown = int(format_score(report.score)), int(format_score(report.comparison.previous_average))
    assert text.endswith(f"({shown[1]})")
    assert gap.isdigit() and int(gap) == abs(shown[0] - shown[1])


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


# -- F15: what a retry covered, in every report --------------------------------------------------


def practised_with_a_retry(genai: Bank, store: Store, clock: FakeClock) -> tuple[str, str]:
    """A practice session of one question: a thin first answer, then a retry with the
    reference answer; (session id, question id)."""
    config = SessionConfig(bank_id="genai", count=1, seed=3, mode="practice", untimed=True)
    run = InterviewRun.start(
        bank=genai, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    question = run.next_question()
    assert question is not None
    clock.advance(30)
    submission = run.grade(run.submit("It is about attention, I think."))
    run.retry(submission, question.reference_answers[0])
    return run.finish().id, question.id


def test_a_retry_shows_what_it_covered_and_next_steps_do_not_call_it_missed(
    genai: Bank, tmp_path: Path
) -> None:
    """play26 F15: a retry showed only `Retried: 85 (strong)` and its text, and "What to do
    next" still listed as missed the concepts the retry covered."""
    from interviewer.core.report import to_dict, to_html, to_markdown
    from interviewer.tui.screens.report import question_details

    store, clock = history(tmp_path), FakeClock()
    session_id, _ = practised_with_a_retry(genai, store, clock)
    report = build_report(store, session_id, genai)
    [question] = report.questions
    [retry] = question.retries
    first_missed = set(question.missed)
    assert retry.covered and first_missed & set(retry.covered)  # the retry said what was missed
    now_covered = sorted(first_missed & set(retry.covered))
    covered_line = "Retry covered: " + ", ".join(retry.covered)
    assert covered_line in to_markdown(report)
    assert covered_line in question_details(question)
    assert "Retry covered: " in to_html(report)
    assert "new since the first try: " in question_details(question)
    assert to_dict(report)["questions"][0]["retries"][0]["covered"] == list(retry.covered)
    steps = " ".join(step.reason for step in report.next_steps)
    assert steps and "retried: " in steps
    for concept in now_covered:
        assert f"'{concept}'" not in steps


def test_a_retry_kept_before_its_grade_was_still_reports(genai: Bank, tmp_path: Path) -> None:
    """A history of schema 4 (a retry's score and band only) migrates; its retry reports as
    before, with no covered list, and its first answer's missed concepts stay in next steps."""
    import sqlite3

    store, clock = history(tmp_path), FakeClock()
    session_id, _ = practised_with_a_retry(genai, store, clock)
    store.close()
    raw = sqlite3.connect(tmp_path / "history.sqlite3")
    raw.execute("UPDATE retries SET grade_json = NULL")
    raw.commit()
    raw.close()
    store = history(tmp_path)
    report = build_report(store, session_id, genai)
    [question] = report.questions
    [retry] = question.retries
    assert retry.covered == () and retry.score is not None
    from interviewer.core.report import to_markdown

    assert f"Retried: {format_score(retry.score)}" in to_markdown(report)
    assert "Retry covered" not in to_markdown(report)


def test_a_schema_4_history_gains_the_retries_grade_column(tmp_path: Path) -> None:
    import sqlite3

    from store_helpers import old_history

    from interviewer.core.store import SCHEMA_VERSION

    path = tmp_path / "history.sqlite3"
    raw = old_history(path, 4)
    raw.execute(
        "INSERT INTO sessions (id, bank_id, bank_version, mode, config_json, started_at)"
        " VALUES ('s1', 'genai', '1', 'practice', ?, '2025-01-06T09:00:00+00:00')",
        (json.dumps(SessionConfig(bank_id="genai", seed=1, mode="practice").to_dict()),),
    )
    raw.execute(
        "INSERT INTO answers (session_id, position, question_id, prompt, topic, level, answer,"
        " seconds, submitted_at) VALUES ('s1', 1, 'genai-001', 'p', 't', 'beginner', 'old', 5,"
        " '2025-01-06T09:01:00+00:00')"
    )
    raw.execute(
        "INSERT INTO retries (answer_id, answer, score, band, grader_version, retried_at)"
        " VALUES (1, 'again', 80.0, 'strong', '3.0', '2025-01-06T09:02:00+00:00')"
    )
    raw.commit()
    raw.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 6
        [retry] = store.retries("s1")[1]
        assert (retry.answer, retry.score, retry.grade) == ("again", 80.0, None)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 6


# -- F17: the last answer taken, at once --------------------------------------------------------


class HeldGrader:
    """The real grader, holding every grade until `gate` is set (a slow, loaded machine)."""

    def __init__(self, real: object, gate: threading.Event) -> None:
        self._real = real
        self._gate = gate

    def grade(self, *args: object, **kwargs: object) -> object:
        self._gate.wait(30)
        return self._real.grade(*args, **kwargs)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


async def test_the_last_answer_is_shown_taken_while_it_is_graded(
    genai: Bank, tmp_path: Path
) -> None:
    """play26 F17: after the last answer the question stayed up for seconds with "Finishing
    grading…" and the clock still showing. Now the clock goes at once, a spinner and "Answer
    saved — grading…" show, and the answer is already in the history."""
    from interviewer.tui.screens.interview.submitting import ANSWER_SAVED_GRADING
    from interviewer.tui.screens.report import ReportScreen
    from interviewer.tui.widgets.countdown import Countdown

    gate = threading.Event()
    store = history(tmp_path)
    config = SessionConfig(bank_id="genai", count=1, seed=2)
    app = make_app(
        store,
        tmp_path,
        start=(genai, config),
        grader_factory=lambda bank: HeldGrader(grader_for(bank), gate),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert screen.query_one(Countdown).display and screen.query_one(Countdown).visible
        spinner = screen.query_one("#grading-spinner")
        assert not spinner.display
        screen.query_one("#answer", TextArea).insert("Attention weighs the tokens.")
        await pilot.press("ctrl+s")
        status = screen.query_one("#status", Label)
        await wait_for(pilot, lambda: str(status.render()) == ANSWER_SAVED_GRADING)
        assert screen.has_class("-waiting")
        assert screen.query_one(Countdown).styles.display == "none"
        assert spinner.styles.display == "block" and spinner.region.width > 0
        shown = {b.binding.description for b in screen.active_bindings.values() if b.enabled}
        assert "Submit" not in shown and "Skip" not in shown
        [saved] = store.answers(store.list_sessions()[0].id)
        assert saved.answer == "Attention weighs the tokens." and saved.score is None
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause()
    [graded] = store.answers(store.list_sessions()[0].id)
    assert graded.score is not None


# -- F18: a session's band in session words; the light header's subtitle ----------------------


def test_a_sessions_band_reads_as_the_whole_sessions(genai: Bank, tmp_path: Path) -> None:
    """play26 F18: "Score 22 / 100 (missing)" read as if the score were missing."""
    from interviewer.core.report import to_dict, to_markdown

    store, clock = history(tmp_path), FakeClock()
    low = session_of(store, clock, genai, ["I am not sure."])
    report = build_report(store, low, genai)
    assert report.band == "missing"
    score = dict(summary_lines(report))["Score"]
    assert score == f"{format_score(report.score)} / 100 (mostly missing)"
    assert f"| Score | {score} |" in to_markdown(report)
    assert to_dict(report)["band"] == "missing"


async def test_the_light_headers_subtitle_is_readable(tmp_path: Path) -> None:
    """play26 F18: the dim subtitle in textual-light was about 4.2:1 on the header."""
    from textual.color import Color
    from textual.geometry import Region
    from textual.widgets._header import HeaderTitle

    from interviewer.tui.contrast import READABLE, contrast, in_256_colours

    app = make_app(history(tmp_path), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        for theme in ("textual-light", "textual-dark"):
            app.theme = theme
            await pilot.pause()
            title = app.screen.query_one(HeaderTitle)
            [line] = title.render_lines(Region(0, 0, title.size.width, 1))
            subtitle = [s for s in line if "Timed mock" in s.text]
            assert subtitle, theme
            for segment in subtitle:
                fg, bg = segment.style.color, segment.style.bgcolor
                assert fg is not None and bg is not None
                pair = [in_256_colours(Color(*c.triplet)) for c in (fg, bg)]
                assert contrast(*pair) >= READABLE, (theme, contrast(*pair))
