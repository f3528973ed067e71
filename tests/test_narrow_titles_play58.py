"""play58: at 40 columns a screen's title line is cut with an ellipsis, not in the middle of a
word (stop 46 left `Report · Generative AI Interview` with nothing to say it went on)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.geometry import Region
from textual.widget import Widget

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.report import ReportScreen


def drawn(widget: Widget) -> str:
    """The first line of `widget` as drawn, trailing spaces dropped."""
    [line] = widget.render_lines(Region(0, 0, widget.outer_size.width, 1))
    return "".join(segment.text for segment in line).rstrip()


async def test_the_report_title_ends_in_an_ellipsis_at_40_columns(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    bank = Catalog(None).find("genai")
    session = store.create_session(SessionConfig(bank_id="genai", count=1), bank)
    store.record_answer(
        session.id, position=1, question=bank.questions[0], answer="An answer.",
        seconds=10, time_limit=60, score=50.0, band="adequate",
        grade={"score": 50.0, "band": "adequate"}, grader_version="x",
    )  # fmt: skip
    app = make_app(store, tmp_path)
    async with app.run_test(size=(40, 15)) as pilot:
        app.open_report(session.id)
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause()
        title = app.screen.query_one("#report-title", Widget)
        assert title.region.right <= 40
        assert drawn(title) == " Report · Generative AI Interview …"
        await pilot.resize_terminal(80, 24)  # whole where it fits
        await pilot.pause(0.2)
        assert drawn(title) == " Report · Generative AI Interview Questions"


async def test_home_reads_whole_at_40_columns(tmp_path: Path) -> None:
    """The settings' column was 49 cells wide at any width (room for its widest row beside the
    topics): at 40 columns the bank's line read `201 questions: 55 beginner, 88 intermed` and
    the help `... · Tab topics · mo`; from 49 to 72 columns the topics were laid out past the
    window's edge while the help said `Tab topics`. Under 73 columns the topics give the
    settings the window (they come back at 73), and what does not fit wraps or ends in "…"."""
    app = make_app(Store.open(tmp_path / "history.sqlite3"), tmp_path)
    async with app.run_test(size=(40, 15)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        home = app.screen
        title = home.query_one("#bank-title", Widget)
        await wait_for(pilot, lambda: "201 questions" in str(title.render()))
        await pilot.pause(0.2)
        assert title.region.right <= 40
        assert not home.query_one("#home-topics", Widget).display
        help_line = home.query_one("#home-help", Widget)
        assert help_line.region.right <= 40 and "Tab topics" not in str(help_line.render())
        menu = home.query_one("#menu", Widget)
        assert menu.region.right <= 40
        await pilot.resize_terminal(72, 24)
        await pilot.pause(0.3)
        assert not home.query_one("#home-topics", Widget).display
        assert "Tab topics" not in str(help_line.render())
        await pilot.resize_terminal(73, 24)
        await pilot.pause(0.3)
        topics = home.query_one("#home-topics", Widget)
        assert topics.display and topics.region.right <= 73
        assert "Tab topics" in str(help_line.render())
        await pilot.press("tab")
        assert home.query_one("#home-topics", Widget).has_focus_within
