"""play59: at 40 columns the report body scrolled sideways (stop 47 left it: a virtual width of
44 in a 38-cell view), so a line of the report was cut at the window's edge and a scroll bar
took a row. Every line of the body wraps to the window instead."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.containers import VerticalScroll
from textual.widget import Widget

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.report import ReportScreen

ANSWER = "An answer with a long link: https://example.org/a/very/long/path/that/does/not/fit"


async def test_the_report_body_does_not_scroll_sideways_at_40_columns(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    bank = Catalog(None).find("genai")
    session = store.create_session(SessionConfig(bank_id="genai", count=2), bank)
    for position, question in enumerate(bank.questions[:2], start=1):
        store.record_answer(
            session.id, position=position, question=question, answer=ANSWER,
            seconds=10, time_limit=60, score=50.0, band="adequate",
            grade={"score": 50.0, "band": "adequate"}, grader_version="x",
        )  # fmt: skip
    app = make_app(store, tmp_path)
    async with app.run_test(size=(40, 15)) as pilot:
        app.open_report(session.id)
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause(0.3)
        body = app.screen.query_one("#report-body", VerticalScroll)
        assert body.max_scroll_x == 0, body.virtual_size
        for child in body.query(Widget):
            assert child.region.right <= 40 or not child.display, child
        await pilot.press("tab", "enter")  # the first question opened: its answer wraps too
        await pilot.pause(0.3)
        assert not app.screen.query_one("#q-1").collapsed
        assert body.max_scroll_x == 0, body.virtual_size
