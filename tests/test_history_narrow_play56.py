"""Under 80 columns the history leaves out the Adaptive column when no session listed is
adaptive (play56; play55 left it): a column of dashes kept the table wider than 60 columns, so
Bank was cut and a `←→ for Adaptive` line asked to scroll for nothing. With an adaptive session
listed, the column is there, and named when out of sight; at 80 columns and wider the columns
are the ones they always were."""

from __future__ import annotations

from pathlib import Path

from history_helpers import history_at
from pilot_helpers import make_app, open_history
from test_history_level_ux31 import _unfinished
from test_snapshots import fixed_world, genai, grader  # noqa: F401 (fixtures: fixed_world is autouse)
from textual.widgets import DataTable, Label

from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.screens.history import COLUMNS, cut_columns


def labels(table: DataTable[object]) -> list[str]:
    return [column.label.plain for column in table.columns.values()]


async def test_no_adaptive_session_no_adaptive_column_and_all_in_sight(genai, grader, tmp_path):  # noqa: F811
    async with history_at(genai, grader, tmp_path, (60, 24), days=2, unfinished=True) as h:
        assert labels(h.table) == ["", "Date", "Score", "Time", "Qs", "Mode", "Bank"]
        assert cut_columns(h.table) == [] and h.table.max_scroll_x == 0
        assert not h.more.display  # nothing to scroll to, nothing said
        await h.resize(80, 24)
        assert labels(h.table) == ["", *COLUMNS]  # as it always was


async def test_an_adaptive_session_keeps_its_column_under_80(tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store.open(tmp_path / "history.sqlite3", clock=clock)
    _unfinished(store, [("mini-001", 90.0, "strong"), ("mini-002", 80.0, "strong")])
    app = make_app(store, tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await open_history(pilot, app)
        await pilot.pause()
        table = app.screen.query_one("#sessions", DataTable)
        assert labels(table)[-1] == "Adaptive"
        assert str(table.get_row_at(0)[len(labels(table)) - 1]) == "interm."
        hidden = cut_columns(table)
        more = app.screen.query_one("#history-more", Label)
        if hidden:
            assert str(more.render()).endswith(f"←→ for {', '.join(hidden)}")
