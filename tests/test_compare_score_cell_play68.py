"""play68 (play67 saw it first): at 80x24 the compare screen's Score cell "22 (mostly
missing; 1 skipped, as 0)" wrapped before "0)" while the Change column kept room it did not
need. The overall table gives its room to the Earlier and Later columns; Change keeps its
least width, still ending where the other tables' Change does (play61)."""

from __future__ import annotations

from pathlib import Path

import pytest
from compare_helpers import answer
from pilot_helpers import make_app, open_history, wait_for
from textual.geometry import Region
from textual.widgets import Static

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.compare import CompareScreen


def lines_of(table: Static) -> list[str]:
    region = table.region
    return [
        strip.text.rstrip()
        for strip in table.render_lines(Region(0, 0, region.width, region.height))
    ]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_score_cell_stays_on_one_line(tmp_path: Path, size: tuple[int, int]) -> None:
    bank = Catalog(None).find("genai")
    ids = [q.id for q in bank.questions[:3]]
    clock = FakeClock()
    with Store.open(tmp_path / "history.sqlite3") as store:
        # two adaptive interviews, as played: "interview, adaptive" widens the Earlier column
        for results in ([40.0, 32.0], [30.0, 36.0, 0.0]):
            clock.advance(3600)
            config = SessionConfig(
                bank_id=bank.id, count=len(results), seed=1, mode="interview", adaptive=True
            )
            session = store.create_session(config, bank, clock=clock)
            for position, score in enumerate(results, start=1):
                skipped = position == 3
                answer(store, session, bank, position, ids[position - 1], score, skipped=skipped)
            store.finish_session(session.id, None, clock=clock)
        app = make_app(store, tmp_path)
        async with app.run_test(size=size) as pilot:
            await open_history(pilot, app)
            await pilot.press("c", "down", "c")
            await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
            await pilot.pause()
            overall = app.screen.query(".compare-table").first(Static)
            lines = lines_of(overall)
            [score] = [line for line in lines if line.lstrip().startswith("Score")]
            after = lines[lines.index(score) + 1]
            assert "1 skipped, as 0)" in score, lines
            assert after.lstrip().startswith("Answered"), lines
            assert score.endswith("-14"), lines
