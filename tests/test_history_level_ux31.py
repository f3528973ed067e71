"""ux31: an unfinished adaptive session's level on the history screen is the one its report
gives (held so far), not `yes`; one that has held no level yet says `none`, as its report
does (play68: it said `yes`)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, open_history
from textual.widgets import DataTable

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

DATA = Path(__file__).parent / "data"


def _unfinished(store: Store, answers: list[tuple[str, float, str]]) -> str:
    bank = load_bank(DATA / "banks" / "mini.yaml")
    session = store.create_session(SessionConfig(bank_id="mini", count=3, adaptive=True), bank)
    for position, (qid, score, band) in enumerate(answers, start=1):
        store.record_answer(
            session.id, position=position, question=bank.get(qid), answer="an answer",
            seconds=30, time_limit=60, score=score, band=band,
            grade={"score": score, "band": band}, grader_version="1.0",
        )  # fmt: skip
    return session.id


async def test_the_history_screen_shows_the_level_held_so_far(tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store.open(tmp_path / "history.sqlite3", clock=clock)
    _unfinished(store, [("mini-001", 20.0, "weak")])
    clock.advance(60)
    _unfinished(store, [("mini-001", 90.0, "strong"), ("mini-002", 80.0, "strong")])
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        table = app.screen.query_one("#sessions", DataTable)
        column = [str(c.label) for c in table.columns.values()].index("Adaptive")
        cells = [str(table.get_row_at(row)[column]) for row in range(table.row_count)]
        assert cells == ["interm.", "none"]  # newest first; `none` as its report says (play68)
