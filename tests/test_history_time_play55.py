"""The history's Time column stays in sight under 80 columns (play54 left it, play55): at 60
columns it was the last column, behind the horizontal scroll. Under 80 columns the table reads
Date, Score, Time first; at 80 and wider the order is the one it always was."""

from __future__ import annotations

import pytest
from history_helpers import history_at
from test_snapshots import (  # noqa: F401 (fixtures: fixed_world is autouse)
    fixed_world,
    genai,
    grader,
)

from interviewer.tui.screens.history import COLUMNS, cut_columns

SMALLEST = 34
"""The narrowest terminal at which Date, Score and Time are all in sight (with the unfinished
mark's column and the scrollbar, and room for an hour-long session's `1:02:03`; 32 fits the
`2:00` of these sessions, 30 cuts it)."""


@pytest.mark.parametrize("width", [79, 60, 40, SMALLEST])
async def test_time_is_in_sight_under_80_columns(genai, grader, tmp_path, width) -> None:  # noqa: F811
    async with history_at(genai, grader, tmp_path, (width, 15), days=3, unfinished=True) as h:
        labels = [column.label.plain for column in h.table.columns.values()]
        assert labels[:4] == ["", "Date", "Score", "Time"]
        hidden = cut_columns(h.table)
        assert not {"Date", "Score", "Time"} & set(hidden), hidden
        if hidden:
            assert h.more_text.endswith(f"←→ for {', '.join(hidden)}")


async def test_the_order_comes_back_at_80_columns(genai, grader, tmp_path) -> None:  # noqa: F811
    async with history_at(genai, grader, tmp_path, (60, 15), days=2) as h:
        narrow = [cell.plain for cell in h.table.get_row_at(0)]
        await h.resize(100, 30)
        labels = [column.label.plain for column in h.table.columns.values()]
        assert labels == list(COLUMNS)
        wide = [cell.plain for cell in h.table.get_row_at(0)]
        assert wide[-1] == narrow[2] == "2:00"  # Time: third under 80 columns, last at 100
        assert wide[4] == narrow[1]  # Score
