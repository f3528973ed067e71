"""The history at 60 columns names the columns a horizontal scroll hides (play52: Adaptive and
Time were out of sight with no word of it)."""

from __future__ import annotations

from test_snapshots import (  # noqa: F401 (fixtures: fixed_world is autouse)
    app_with_history,
    fixed_world,
    genai,
    grader,
    history_open,
)


async def test_the_hidden_columns_are_named_and_reached_with_the_arrows(genai, grader, tmp_path):  # noqa: F811
    from textual.widgets import DataTable, Label

    app = app_with_history(genai, grader, tmp_path, days=2)
    async with app.run_test(size=(60, 24)) as pilot:
        await history_open(pilot)
        await pilot.pause()
        table = app.screen.query_one("#sessions", DataTable)
        more = app.screen.query_one("#history-more", Label)
        assert table.max_scroll_x > 0
        assert more.display and str(more.render()) == "←→ for Adaptive, Time"
        await pilot.press("right")
        await pilot.pause()
        # one press of the arrow the line names shows them all (one cell a press before)
        assert table.scroll_x == table.max_scroll_x
        await pilot.press("left")
        await pilot.pause()
        assert table.scroll_x == 0
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert table.max_scroll_x == 0 and not more.display  # all fit: nothing to say


async def test_rows_and_columns_both_hidden_say_both(genai, grader, tmp_path):  # noqa: F811
    from textual.widgets import Label

    app = app_with_history(genai, grader, tmp_path, days=10)
    async with app.run_test(size=(60, 15)) as pilot:
        await history_open(pilot)
        await pilot.pause()
        more = app.screen.query_one("#history-more", Label)
        assert str(more.render()) == "10 sessions: ↑↓ to scroll; ←→ for Adaptive, Time"
