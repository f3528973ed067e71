"""play57 (play56 left it): at 40 columns the line under the history named fewer columns than
were cut. It was measured before the line itself showed, which took a row from the table; the
rows then no longer fit, a vertical scrollbar took two columns, and Qs was cut too, unnamed."""

from __future__ import annotations

from history_helpers import history_at
from test_snapshots import fixed_world, genai, grader  # noqa: F401 (fixtures: fixed_world is autouse)

from interviewer.tui.screens.history import cut_columns


async def test_the_line_under_the_history_names_every_cut_column(genai, grader, tmp_path):  # noqa: F811
    for size, days in (((40, 10), 6), ((40, 10), 2), ((40, 15), 12), ((60, 12), 6)):
        async with history_at(genai, grader, tmp_path / f"{size}-{days}", size, days=days) as h:
            await h.pilot.pause()
            await h.pilot.pause()
            cut = cut_columns(h.table)
            assert not cut or h.more.display and h.more_text.endswith(f"←→ for {', '.join(cut)}"), (
                size,
                days,
                h.more_text,
                cut,
            )
