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
