"""The history at 60x15 (play51 left it): the filter, the trend label and bars and the table's
header left one session row, with nothing saying more were below."""

from __future__ import annotations

import pytest
from history_helpers import history_at
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
    from interviewer.tui.widgets.trend import TrendBars

    async with history_at(genai, grader, tmp_path, (60, 15), days=10) as history:
        table, more = history.table, history.more
        assert table.scrollable_content_region.height - table.header_height >= 5  # was 1
        # import53: the hidden columns named (play55: Time is in sight under 80 columns;
        # play56: none is out of sight now, with no Adaptive column when none is adaptive)
        assert more.display and history.more_text == "10 sessions: ↑↓ to scroll"
        trend = history.app.screen.query_one("#trend", TrendBars)
        assert not trend.display  # the label says it
        await history.resize(100, 40)
        assert not more.display and trend.display
