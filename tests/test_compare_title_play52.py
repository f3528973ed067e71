"""The compare screen's title at 60 columns (found playing, play52): `Side by side · earlier
2026-12-06 03:18 · later` was cut there, the later session's start lost; it wraps now."""

from __future__ import annotations

from pilot_helpers import make_app, open_history, wait_for
from test_tui_compare import genai_bank, store, two_sessions  # noqa: F401 (fixtures)
from textual.widgets import Label

from interviewer.core.report import format_when
from interviewer.tui.screens.compare import CompareScreen


async def test_the_title_names_both_starts_at_60_columns(store, genai_bank, tmp_path) -> None:  # noqa: F811
    two_sessions(store, genai_bank)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(60, 15)) as pilot:
        await open_history(pilot, app)
        await pilot.press("c", "down", "c")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
        await pilot.pause()
        later = app.screen.compared.later  # type: ignore[attr-defined]
        title = app.screen.query_one("#compare-title", Label)
        lines = title.render_lines(title.region.reset_offset)
        shown = " ".join(line.text.strip() for line in lines)
        assert f"later {format_when(later.started_at)}" in shown, shown
