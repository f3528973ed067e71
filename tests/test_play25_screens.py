"""play25 D: the home screen's topics and question count, narrow terminals, the answer box on
resize, the appeal dialog's grade, the report's question list, toasts, Ctrl+C and Browse."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from pilot_helpers import wait_for
from textual.widgets import Label, OptionList

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.widgets.app_footer import AppFooter

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


def app_over(tmp_path: Path, store: Store | None = None, **kwargs: object) -> InterviewApp:
    """The app with the bundled banks and mini (3 questions) as the user's own bank."""
    data = tmp_path / "data"
    (data / "banks").mkdir(parents=True, exist_ok=True)
    shutil.copy(MINI, data / "banks" / "mini.yaml")
    return InterviewApp(
        catalog=Catalog(data),
        store=store or Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        preferences_path=tmp_path / "preferences.json",
        **kwargs,  # type: ignore[arg-type]
    )


async def choose(pilot, home: HomeScreen, setting: str, key: str, until) -> None:  # noqa: ANN001
    """Highlight `setting` in the home menu and press `key` until `until()` holds."""
    menu = home.query_one("#menu", OptionList)
    menu.highlighted = menu.get_option_index(setting)
    for _ in range(10):
        if until():
            return
        await pilot.press(key)
        await pilot.pause()
    raise AssertionError(f"{setting} never got there")


def count_shown(home: HomeScreen) -> str:
    return home._setting_text("count")


async def test_the_count_fits_each_bank_and_a_choice_is_kept_for_that_bank(
    tmp_path: Path,
) -> None:
    """play25 D2: a bank of 8 offered 5 (the count of another bank), and 8 chosen was not
    saved until a session started."""
    app = app_over(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "◂ 10 ▸" in count_shown(home)
        await choose(pilot, home, "bank", "right", lambda: home.bank.id == "mini")
        assert "◂ 3 ▸" in count_shown(home)  # the whole bank, not more
        await choose(pilot, home, "count", "left", lambda: "◂ 2 ▸" in count_shown(home))
        saved = json.loads((tmp_path / "preferences.json").read_text())
        assert saved["counts"] == {"mini": 2}  # kept at once, no session started
        await choose(pilot, home, "count", "right", lambda: "◂ 3 ▸" in count_shown(home))
        await choose(pilot, home, "bank", "right", lambda: home.bank.id == "genai")
        assert "◂ 10 ▸" in count_shown(home)  # genai keeps its own
    app = app_over(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        assert isinstance(home, HomeScreen)
        await choose(pilot, home, "bank", "right", lambda: home.bank.id == "mini")
        assert "◂ 3 ▸" in count_shown(home)  # 3 of 3 chosen, 3 again next time


def footer_text(app: InterviewApp) -> str:
    """The footer as drawn: its notice line and its keys, left to right."""
    from textual.widgets._footer import FooterKey

    footer = app.screen.query_one(AppFooter)
    keys = sorted(footer.query(FooterKey), key=lambda key: key.region.x)
    notice = footer.query_one(".size-notice", Label)
    shown = [str(notice.render())] if notice.display else []
    return " | ".join(shown + [f"{key.key_display} {key.description}" for key in keys])


def keys_fit(app: InterviewApp) -> list[str]:
    """The footer keys drawn wholly inside the terminal."""
    from textual.widgets._footer import FooterKey

    width = app.size.width
    footer = app.screen.query_one(AppFooter)
    return [key.description for key in footer.query(FooterKey) if key.region.right <= width]


async def test_a_small_terminal_says_so_and_keeps_quit_in_the_footer(tmp_path: Path) -> None:
    """play25 D3: at 50 columns `^q Quit` was cut off the footer, and nothing said the app is
    made for 80x24; resizing also must not break the footer (it raised once)."""
    from interviewer.tui.screens.interview import InterviewScreen

    app = app_over(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        await pilot.pause()
        assert "Small window" not in footer_text(app)
        await pilot.resize_terminal(50, 15)
        await wait_for(pilot, lambda: "Small window (50x15)" in footer_text(app))
        await pilot.pause()
        assert "Quit" in keys_fit(app) and "Start" in keys_fit(app), footer_text(app)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await wait_for(pilot, lambda: "Small window (50x15)" in footer_text(app))
        await pilot.pause()
        assert "Quit" in keys_fit(app) and "Submit" in keys_fit(app), footer_text(app)
        await pilot.resize_terminal(80, 20)  # wide enough, too short
        await wait_for(pilot, lambda: "Small window (80x20)" in footer_text(app))
        await pilot.resize_terminal(80, 24)
        await wait_for(pilot, lambda: "Small window" not in footer_text(app))
        await pilot.pause()
        assert "Quit" in keys_fit(app)


async def test_the_answer_is_wrapped_anew_when_the_terminal_is_resized(tmp_path: Path) -> None:
    """play25 D4: after a resize the answer box kept its old wrapping (words seemed lost)
    until a key was pressed."""
    from textual.geometry import Region

    from interviewer.tui.screens.interview import InterviewScreen

    app = app_over(tmp_path)
    async with app.run_test(size=(50, 15)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        text = "Some answer text that is long enough to wrap at fifty columns in this window."
        await pilot.press(*text)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)  # two lines still: the cursor is on the second
        await pilot.pause()
        await pilot.pause(0.05)
        editor = app.screen.query_one("#answer")
        lines = [strip.text for strip in editor.render_lines(Region(0, 1, editor.size.width, 2))]
        assert "long enough to wrap at fifty columns" in lines[0], lines
        assert "window." in lines[1], lines


async def test_the_appeal_dialog_says_what_grade_it_wants() -> None:
    """play25 D5: typing 9 as the grade, then Enter, showed nothing at all."""
    from textual.app import App

    from interviewer.tui.screens.appeal import GRADE_WANTED, AppealInput, AppealScreen

    results: list[AppealInput | None] = []

    class DialogApp(App[None]):
        def on_mount(self) -> None:
            self.push_screen(AppealScreen("What is attention?", 40.0, "weak"), results.append)

    app = DialogApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#appeal-grade"))
        error = app.screen.query_one("#appeal-grade-error", Label)
        assert str(error.render()) == ""
        await pilot.press("9")
        await pilot.pause()
        assert str(error.render()) == GRADE_WANTED
        await pilot.press("enter")
        await pilot.pause()
        assert results == [] and str(error.render()) == GRADE_WANTED
        assert error.region.width >= len(GRADE_WANTED)  # shown whole, in the dialog
        await pilot.press("4")
        await pilot.pause()
        assert str(error.render()) == ""
        await pilot.press("enter")
        await wait_for(pilot, lambda: results)
        assert results == [AppealInput(4, "")]


def a_question(position: int, score: float | None, band: str | None, **changes: object):  # noqa: ANN201
    from interviewer.core.report import QuestionReport

    question = QuestionReport(
        position=position, question_id=f"q{position}", prompt=f"Prompt {position}?", topic="t",
        topic_title="T", level="beginner", answer="a", score=score, band=band, matched=(),
        missed=(), misconceptions=(), flags=(), seconds=10.0, time_limit=None, timed_out=False,
        skipped=False, feedback=(), reference_answer=None, grader_version="1",
    )  # fmt: skip
    return dataclasses.replace(question, **changes)


def test_the_report_lists_questions_in_fixed_columns() -> None:
    """play25 D6: "timed out" pushed its prompt out of line, and "10." shifted the columns."""
    from interviewer.tui.screens.report_lines import question_titles

    questions = [
        a_question(8, 0.0, "missing", timed_out=True),
        a_question(9, 0.0, "missing"),
        a_question(10, 100.0, "strong"),
        a_question(11, None, "skipped", skipped=True),
        a_question(12, None, None),
        a_question(13, None, None, self_rating=4),
    ]
    titles = question_titles(questions)
    starts = {
        title.index(f"Prompt {q.position}?") for title, q in zip(titles, questions, strict=True)
    }
    assert len(starts) == 1, titles
    # the band column is as wide as "not graded yet" (question 12 has no grade)
    assert titles[0].startswith(" 8.   0 missing        timed out Prompt")
    assert titles[2].startswith("10. 100 strong")
    assert titles[5].startswith("13. 4/5 self-rated")
    without = question_titles(questions[1:3])  # no status column when nothing timed out
    assert without == [" 9.   0 missing Prompt 9?", "10. 100 strong  Prompt 10?"]


def test_wrapped_list_lines_hang_under_their_first_word() -> None:
    """play25 D6: a wrapped evidence line started at column 1, under the tick."""
    from rich.console import Console

    from interviewer.tui.screens.report_lines import hanging

    text = "Covered:\n  ✓ authentication  “the user proves who they are with a password”\nEnd."
    console = Console(width=30, record=True, color_system=None)
    console.print(hanging(text))
    lines = console.export_text().splitlines()
    assert lines[0] == "Covered:" and lines[-1] == "End."
    assert lines[1].startswith("  ✓ authentication")
    assert all(line.startswith("    ") for line in lines[2:-1]), lines
    assert str(hanging(text)) == text


async def test_a_damaged_history_offers_to_set_it_aside_and_start_afresh(tmp_path: Path) -> None:
    """play25 F2: with a damaged history a report only toasted, and so did Start, leaving the
    answer typed next to fire the home screen's keys."""
    from test_store_recovery import damaged_history

    from interviewer.tui.screens.damaged import DamagedHistoryScreen

    path = tmp_path / "history.sqlite3"
    damaged_history(path)
    store = Store.open(path)
    sessions = store.list_sessions()
    app = app_over(tmp_path, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        app.open_report(sessions[0].id)  # its answers are in the damaged part
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        await pilot.pause()
        text = str(app.screen.query_one("#damaged-text").render())
        assert str(path) in text and "damaged" in text
        await pilot.press("h")  # a home key does nothing here
        await pilot.pause()
        assert isinstance(app.screen, DamagedHistoryScreen)
        await pilot.press("enter")  # the focused button: move it aside, start afresh
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert app.store is not store and app.store.list_sessions() == []
        [kept] = tmp_path.glob("history.sqlite3.damaged-*")
        assert Store.open(path).list_sessions() == []
        await pilot.press("ctrl+s")  # a session starts in the fresh history
        await wait_for(pilot, lambda: app.store.list_sessions() != [])
    app.store.close()
    assert kept.stat().st_size > 100_000  # the damaged file is kept whole


async def test_a_history_refused_at_start_as_damaged_can_be_left(tmp_path: Path) -> None:
    from interviewer.core.errors import StoreDamaged
    from interviewer.tui.screens.damaged import DamagedHistoryScreen

    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    try:
        Store.open(path)
    except StoreDamaged as err:
        refused = err
    app = app_over(tmp_path, damaged=refused)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        await pilot.pause()
        assert not app.screen.query("#back")  # nothing to go back to
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DamagedHistoryScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 2
    assert path.read_bytes() == b"garbage" * 1000  # left as it was


async def test_browse_practises_the_highlighted_question_after_tab(tmp_path: Path) -> None:
    """play25 D8: after Tab and Down, `p` seemed to practise the first question."""
    from interviewer.tui.screens.browser import BankBrowserScreen
    from interviewer.tui.screens.interview import InterviewScreen

    app = app_over(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        browser = app.screen
        assert isinstance(browser, BankBrowserScreen)
        await pilot.press("down", "down", "tab")
        await pilot.pause()
        assert not browser.query_one("#browser-questions").has_focus
        chosen = browser.shown[2]
        assert browser.question == chosen
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        assert app.screen.run.session.config.question_ids == (chosen.id,)  # type: ignore[attr-defined]


async def test_ctrl_c_on_a_question_says_how_to_leave(tmp_path: Path) -> None:
    """play25 D8: Ctrl+C on a question screen did nothing and said nothing."""
    from interviewer.tui.screens.interview import InterviewScreen

    app = app_over(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        await pilot.press(*"my answer", "ctrl+c")
        status = screen.query_one("#status", Label)
        await wait_for(pilot, lambda: "press ctrl+q" in str(status.render()))
        assert str(status.render()) == InterviewScreen.LEAVE_HINT
        assert status.region.width >= len(InterviewScreen.LEAVE_HINT)
        assert app.screen is screen and not app._notifications  # nothing over the answer
        await pilot.press("ctrl+q")  # and that is how to leave
        await wait_for(pilot, lambda: app.screen is not screen)


async def test_an_export_is_said_on_the_report_not_in_a_toast(tmp_path: Path) -> None:
    """play25 D8: export toasts covered the History table for 10 s after going back."""
    from interviewer.core.session import SessionConfig
    from interviewer.tui.screens.report import ReportScreen

    app = app_over(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        bank = app.catalog.find("mini")
        config = SessionConfig(bank_id="mini", count=1, untimed=True)
        app.start_session(bank, config)
        await pilot.pause()
        await pilot.press(*"An answer.", "ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen), tries=3000)
        await pilot.press("m")
        status = app.screen.query_one("#report-status", Label)
        await wait_for(pilot, lambda: "Exported" in str(status.render()))
        assert status.display and not app._notifications
        [exported] = (tmp_path / "exports").glob("*.md")
        assert exported.name in str(status.render())
