"""A score bar whose label holds a wide character (an emoji from an imported list's title,
play49) fills its row exactly: the label was measured in characters, not cells, so the row
came out one cell too wide and its last word wrapped out of sight at 80 columns (the report's
`62  ×5 (+1 self-rated)` read `62  ×5 (+1`)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult

from interviewer.tui.widgets.score_bar import ScoreBar

SUFFIX = "  ×5 (+1 self-rated)"


class Bars(App[None]):
    def compose(self) -> ComposeResult:
        yield ScoreBar("My prep – interveiw list ✨", 62.0, label_width=27, suffix=SUFFIX)
        yield ScoreBar("Beginner", 94.0, label_width=27, suffix=SUFFIX)
        yield ScoreBar("✨" * 30, 50.0, label_width=27, suffix=SUFFIX)


async def test_a_wide_character_in_the_label_keeps_the_row_to_its_width() -> None:
    for width in (50, 80):
        app = Bars()
        async with app.run_test(size=(width, 6)) as pilot:
            await pilot.pause()
            bars = list(app.query(ScoreBar))
            rows = [str(bar.render()) for bar in bars]
            widths = [bar.size.width for bar in bars]
        assert [cell_len(row) for row in rows] == widths, rows
        assert all(row.endswith(SUFFIX) for row in rows), rows
        # the labels end in one column: the bars start together
        assert len({cell_len(row.split(" █")[0].rstrip("▏▎▍▌▋▊▉█ ")) <= 27 for row in rows}) == 1
        assert rows[2].split(" ")[0].endswith("…"), rows
