"""Stop 33 (app33): defects found playing the app, and the regrade command of an export."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

from pilot_helpers import wait_for

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import command_prefix
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.report import ReportScreen

DATA = Path(__file__).parent / "data"


def _app(tmp_path: Path, store: Store, command: str) -> InterviewApp:
    data = tmp_path / "data"
    (data / "banks").mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "banks" / "mini.yaml", data / "banks" / "mini.yaml")
    return InterviewApp(
        catalog=Catalog(data),
        store=store,
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        preferences_path=tmp_path / "preferences.json",
        command=command,
    )


async def test_an_export_from_the_app_suggests_regrade_on_its_data_dir(tmp_path: Path) -> None:
    """A session graded by an older grader: the exported Markdown and HTML name the regrade
    command with the --data-dir the app was started with, quoted for a shell."""
    from html import unescape

    folder = tmp_path / "my data" / "Ann's"
    store = Store.open(":memory:")
    app = _app(tmp_path, store, command_prefix(folder))
    bank = app.catalog.find("mini")
    session = store.create_session(SessionConfig(bank_id="mini", count=1), bank)
    store.record_answer(
        session.id, position=1, question=bank.get("mini-001"), answer="An answer.", seconds=30,
        time_limit=60, score=60.0, band="weak", grade={"score": 60.0, "band": "weak"},
        grader_version="0.1",
    )  # fmt: skip
    store.finish_session(session.id, None)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.open_report(session.id)
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.press("m", "w")
        await wait_for(pilot, lambda: len(list((tmp_path / "exports").glob("*.html"))) == 1)
    [md] = (tmp_path / "exports").glob("*.md")
    [html] = (tmp_path / "exports").glob("*.html")
    command = f"interviewer --data-dir {shlex.quote(str(folder))} regrade {session.id[:8]}"
    assert command in md.read_text(encoding="utf-8")
    assert command in unescape(html.read_text(encoding="utf-8"))
    assert shlex.split(command)[2] == str(folder)


def test_a_shown_score_on_the_candidates_0_to_5_scale() -> None:
    from interviewer.core.appeals import score_as_grade

    assert [score_as_grade(s) for s in (0, 1, 49, 50, 60, 84, 85, 99, 100)] == [
        "0.0", "0.1", "2.5", "2.5", "3.0", "4.2", "4.3", "5.0", "5.0",
    ]  # fmt: skip
    for shown in range(101):
        exact = shown / 20
        on_five = float(score_as_grade(shown))
        assert exact - 0.05 < on_five <= exact + 0.05 + 1e-9  # nearest tenth, halves up


async def test_the_appeal_dialog_gives_the_graders_score_on_the_0_to_5_scale() -> None:
    """play33: the dialog said 'The grader gave 85 / 100 (strong)' and asked for a grade 0-5,
    leaving the candidate to convert; it gives the 0-5 figure too (not for an ungraded one)."""
    from textual.app import App
    from textual.widgets import Static

    from interviewer.tui.screens.appeal import AppealScreen

    class Host(App[None]):
        pass

    for score, band, said in (
        (85.0, "strong", "The grader gave 85 / 100 (strong), 4.3 of 5."),
        (None, None, "The grader gave - / 100 (not graded)."),
    ):
        app = Host()
        async with app.run_test(size=(80, 24)) as pilot:
            app.push_screen(AppealScreen("What is an index?", score, band))
            await wait_for(pilot, lambda app=app: app.screen.query("#appeal-grader"))
            assert str(app.screen.query_one("#appeal-grader", Static).render()) == said


async def test_a_report_with_no_grade_offers_no_disagree(tmp_path: Path) -> None:
    """play33: the report of a session left before its first answer showed 'a Disagree', and
    'a' said "Move to a question first (Tab)" on a report without any question."""
    store = Store.open(":memory:")
    app = _app(tmp_path, store, "interviewer")
    bank = app.catalog.find("mini")
    empty = store.create_session(SessionConfig(bank_id="mini", count=2), bank)
    graded = store.create_session(SessionConfig(bank_id="mini", count=1), bank)
    store.record_answer(
        graded.id, position=1, question=bank.get("mini-001"), answer="An answer.", seconds=30,
        time_limit=60, score=60.0, band="weak", grade={"score": 60.0, "band": "weak"},
        grader_version="0.1",
    )  # fmt: skip
    store.finish_session(graded.id, None)
    for session, offered in ((empty, False), (graded, True)):
        app = _app(tmp_path, store, "interviewer")
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for(
                pilot, lambda app=app: isinstance(app.screen, HomeScreen) and app.screen.banks
            )
            await pilot.pause(0.1)
            app.open_report(session.id)
            await wait_for(pilot, lambda app=app: isinstance(app.screen, ReportScreen))
            await pilot.pause(0.2)  # mounted whole before the app closes
            report = app.screen
            assert report.check_action("appeal", ()) is offered
            if not offered:
                await pilot.press("a")
                await pilot.pause()
                assert not app._notifications and app.screen is report


def test_the_report_of_an_unfinished_session_says_how_to_go_on(tmp_path: Path) -> None:
    """play33: 'Finished: not finished' left the reader to find the resume command; it names
    it, with the history's --data-dir, on the screen and in the exports."""
    from interviewer.core.report import build_report, summary_lines, to_html, to_markdown

    store = Store.open(":memory:")
    bank = Catalog(None).find("genai")
    session = store.create_session(SessionConfig(bank_id="genai", count=2), bank)
    command = command_prefix(tmp_path / "a b")
    report = build_report(store, session.id, bank, command=command)
    finished = dict(summary_lines(report))["Finished"]
    resume = f"{command} resume {session.id[:8]}"
    assert finished == f"not finished: `{resume}` continues it"
    assert shlex.split(resume)[1:3] == ["--data-dir", str(tmp_path / "a b")]
    assert resume in to_markdown(report) and "continues it" in to_html(report)
    store.finish_session(session.id, None)
    assert "resume" not in dict(summary_lines(build_report(store, session.id, bank)))["Finished"]


def test_a_wrapped_summary_value_goes_on_under_itself() -> None:
    from interviewer.tui.screens.report_lines import SUMMARY_LABEL, summary_text

    rows = [("Score", "71 / 100"), ("Finished", "not finished: " + "word " * 30 + "end")]
    lines = summary_text(rows, 60).splitlines()
    assert lines[0] == "Score".ljust(SUMMARY_LABEL) + "71 / 100"
    assert lines[1].startswith("Finished".ljust(SUMMARY_LABEL) + "not finished:")
    assert len(lines) > 3 and all(len(line) <= 60 for line in lines)
    assert all(line.startswith(" " * SUMMARY_LABEL + "word") for line in lines[2:-1])
    assert " ".join(line[SUMMARY_LABEL:] for line in lines[1:]) == rows[1][1]
    assert summary_text(rows, 0).splitlines() == [
        f"{label:<{SUMMARY_LABEL}}{value}" for label, value in rows
    ]


async def test_the_resume_command_wraps_under_its_row_at_80_columns(tmp_path: Path) -> None:
    """play33: at 80 columns 'not finished: `interviewer --data-dir DIR resume ID` continues
    it' went on at the left edge, under the labels."""
    store = Store.open(":memory:")
    folder = tmp_path / "a rather long folder name" / "for my interview data"
    app = _app(tmp_path, store, command_prefix(folder))
    bank = app.catalog.find("mini")
    session = store.create_session(SessionConfig(bank_id="mini", count=2), bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        app.open_report(session.id)
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause(0.2)
        lines = str(app.screen.query_one("#report-summary").render()).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Finished"))
    assert lines[at + 1].startswith(" " * 16) and lines[at + 1].strip()
    assert "continues it" in " ".join(lines[at:])
