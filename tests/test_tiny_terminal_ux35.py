"""A 40x12 terminal: every screen of a practice session says in one whole line that the
window is small, and nothing fails (ux35: the notice was cut to "made for 80x24 …")."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.geometry import Size

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.browser import BankBrowserScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.history import HistoryScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor
from interviewer.tui.widgets.app_footer import size_notice


def test_the_notice_fits_the_width_it_is_shown_in() -> None:
    for width in range(1, 80):
        notice = size_notice(Size(width, 12))
        assert "80x24" in notice
        if width >= 24:
            assert len(notice) <= width - 2, (width, notice)
    assert size_notice(Size(40, 12)) == "Small window (40x12): needs 80x24"
    assert size_notice(Size(79, 24)).endswith("made for 80x24 or larger")


def _notice(app) -> str:
    label = app.screen.query_one(".size-notice")
    return label.render_lines(label.region.reset_offset)[0].text.strip()


async def test_a_practice_session_in_a_40x12_terminal(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    genai = Catalog(None).find("genai")
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=3)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(40, 12)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        assert _notice(app) == "Small window (40x12): needs 80x24"
        app.screen.query_one("#answer", AnswerEditor).insert("Attention is quadratic.")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.pause()
        assert _notice(app) == "Small window (40x12): needs 80x24"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert _notice(app) == "Small window (40x12): needs 80x24"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause()
        assert _notice(app) == "Small window (40x12): needs 80x24"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        await pilot.press("enter", "l")
        await pilot.pause()
        assert _notice(app) == "Small window (40x12): needs 80x24"


async def test_the_leave_dialog_shows_its_question_and_whole_buttons_at_40x12(
    tmp_path: Path,
) -> None:
    """At 40x12 the title was scrolled out of sight and the second button cut to "St"."""
    from textual.widgets import Button

    from interviewer.tui.screens.dialogs import ConfirmScreen

    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=3)
    app = make_app(store, tmp_path, start=(Catalog(None).find("genai"), config))
    async with app.run_test(size=(40, 12)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.pause()
        screen = app.screen.region
        dialog = app.screen.query_one("#dialog")
        title = app.screen.query_one("#dialog-title")
        assert screen.contains_region(dialog.region)
        assert dialog.region.contains_region(title.region) and title.region.height == 1
        for button in app.screen.query(Button):
            assert dialog.region.contains_region(button.region), button.id
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
