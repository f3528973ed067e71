"""play61 (left by play60): on the compare screen at 120x40 the Overall table ended at column
65 while the topic, level and question tables ended at 96, so its Change column stood apart
from theirs. Every table now spans the body, each Change column ending at the same place;
the Overall labels keep their width and the Earlier and Later columns share the room."""

from __future__ import annotations

from pathlib import Path

import pytest
from compare_helpers import stored_session
from pilot_helpers import make_app, open_history, wait_for
from textual.geometry import Region
from textual.widgets import Static

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.screens.compare import CompareScreen


def header_ends(table: Static) -> int:
    """The column, within the table, where the header line's last word ends."""
    region = table.region
    return len(table.render_lines(Region(0, 0, region.width, region.height))[0].text.rstrip())


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 15)])
async def test_every_change_column_ends_where_the_others_do(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    bank = Catalog(None).find("genai")
    ids = [q.id for q in bank.questions[:3]]
    clock = FakeClock()
    with Store.open(tmp_path / "history.sqlite3") as store:
        stored_session(store, bank, clock, [(ids[0], 40.0), (ids[1], 55.0)])
        stored_session(store, bank, clock, [(ids[0], 75.0), (ids[2], 90.0)])
        app = make_app(store, tmp_path)
        async with app.run_test(size=size) as pilot:
            await open_history(pilot, app)
            await pilot.press("c", "down", "c")
            await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
            await pilot.pause()
            overall, topics, levels, questions, *_ = app.screen.query(".compare-table")
            width = overall.region.width
            assert width == topics.region.width
            # at 40 columns the question table's header folds over two lines; the others'
            # Change stays whole and in place there too, as on the base
            tables = [overall, topics, levels] + ([questions] if size[0] >= 80 else [])
            ends = [header_ends(table) for table in tables]  # type: ignore[arg-type]
            assert ends == [width - 1] * len(tables), ends
