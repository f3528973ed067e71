"""The history's date column at 60 columns (import53 left it): the 18-cell `2025-01-06 09:00`
(with the year, in a table of this year's sessions) was the widest column, most of what put
Adaptive and Time out of sight. Under 80 columns it reads `6 Jan 09:00` for a session of this
year and `6 Jan 2024` before it; at 80 columns and more it is unchanged."""

from __future__ import annotations

from datetime import datetime, timezone

from history_helpers import history_at
from test_snapshots import fixed_world, genai, grader  # noqa: F401 (fixtures: fixed_world is autouse)

from interviewer.core.report import format_when_short

NOW = datetime(2026, 12, 6, 5, 0, tzinfo=timezone.utc)


def test_a_short_date_names_the_month_and_drops_this_year() -> None:
    assert format_when_short(datetime(2026, 3, 14, 9, 5, tzinfo=timezone.utc), NOW) == (
        "14 Mar 09:05"
    )
    assert format_when_short(datetime(2025, 12, 6, 23, 0, tzinfo=timezone.utc), NOW) == (
        "6 Dec 2025"
    )
    assert format_when_short(None, NOW) == "-"


async def test_the_date_column_is_short_under_80_columns(genai, grader, tmp_path):  # noqa: F811
    async with history_at(genai, grader, tmp_path, (60, 24), days=2) as history:
        table = history.table
        date = next(iter(table.columns.values()))
        assert date.label.plain == "Date"
        assert date.get_render_width(table) <= 14  # was 18
        assert table.get_cell_at((0, 0)).plain == "7 Jan 09:02"
        await history.resize(80, 24)
        assert table.get_cell_at((0, 0)).plain == "2025-01-07 09:02"  # room for it all
