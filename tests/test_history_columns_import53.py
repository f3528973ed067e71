"""The history at 60 columns names the columns a horizontal scroll hides (play52: Adaptive and
Time were out of sight with no word of it)."""

from __future__ import annotations

from history_helpers import history_at
from test_snapshots import fixed_world, genai, grader  # noqa: F401 (fixtures: fixed_world is autouse)


async def test_the_hidden_columns_are_named_and_reached_with_the_arrows(genai, grader, tmp_path):  # noqa: F811
    # play56: at 60 columns every column fits now (no Adaptive column when no session is
    # adaptive); at 46 Mode and Bank are out of sight
    async with history_at(genai, grader, tmp_path, (46, 24), days=2) as history:
        table, pilot = history.table, history.pilot
        assert table.max_scroll_x > 0
        # play55: Time is third under 80 columns, in sight
        assert history.more.display and history.more_text == "←→ for Mode, Bank"
        await pilot.press("right")
        await pilot.pause()
        # one press of the arrow the line names shows them all (one cell a press before)
        assert table.scroll_x == table.max_scroll_x
        await pilot.press("left")
        await pilot.pause()
        assert table.scroll_x == 0
        await history.resize(80, 24)
        assert table.max_scroll_x == 0 and not history.more.display  # all fit: nothing to say


async def test_rows_and_columns_both_hidden_say_both(genai, grader, tmp_path):  # noqa: F811
    async with history_at(genai, grader, tmp_path, (50, 15), days=10) as history:
        # play57: Mode is cut too, by the scrollbar the line itself brings (it was left unnamed)
        assert history.more_text == "10 sessions: ↑↓ to scroll; ←→ for Mode, Bank"
