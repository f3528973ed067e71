"""The history at 60x15 (play51 left it): the filter, the trend label and bars and the table's
header left one session row, with nothing saying more were below."""

from __future__ import annotations

import pytest
from test_snapshots import (  # noqa: F401 (fixtures: fixed_world is autouse)
    app_with_history,
    fixed_world,
    genai,
    grader,
    history_open,
)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_history_at_60x15(snap_compare, genai, grader, tmp_path, theme) -> None:  # noqa: F811
    app = app_with_history(genai, grader, tmp_path, days=10, unfinished=True)

    async def ready(pilot) -> None:
        app.theme = theme
        await history_open(pilot)

    assert snap_compare(app, terminal_size=(60, 15), run_before=ready)


async def test_the_table_keeps_rows_and_says_when_more_are_below(genai, grader, tmp_path):  # noqa: F811
    from textual.widgets import DataTable, Label

    from interviewer.tui.widgets.trend import TrendBars

    app = app_with_history(genai, grader, tmp_path, days=10)
    async with app.run_test(size=(60, 15)) as pilot:
        await history_open(pilot)
        await pilot.pause()
        table = app.screen.query_one("#sessions", DataTable)
        assert table.scrollable_content_region.height - table.header_height >= 5  # was 1
        more = app.screen.query_one("#history-more", Label)
        assert more.display and str(more.render()) == (
            "10 sessions: ↑↓ to scroll; ←→ for Adaptive, Time"  # import53: the hidden columns
        )
        assert not app.screen.query_one("#trend", TrendBars).display  # the label says it
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        await pilot.pause()
        assert not more.display and app.screen.query_one("#trend", TrendBars).display
