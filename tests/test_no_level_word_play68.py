"""play68: an adaptive session that held no level read three ways: `interviewer history`
wrote `-` in LEVEL, the History screen `none` (or `yes` while unfinished), the report
"Level reached: none held". One word now, `none`, in each; `-` stays for a session that is
not adaptive."""

from __future__ import annotations

import shutil
from pathlib import Path

from cli_helpers import exit_status as run
from pilot_helpers import make_app, open_history
from textual.widgets import DataTable

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report, summary_lines
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).resolve().parent / "data"


def _sessions(store: Store, bank_path: Path, clock: FakeClock) -> tuple[str, str]:
    """A finished adaptive session with one weak answer (no level held), then a finished
    session that is not adaptive."""
    bank = load_bank(bank_path)
    ids = []
    for adaptive in (True, False):
        config = SessionConfig(bank_id="mini", count=1, seed=1, adaptive=adaptive)
        session = store.create_session(config, bank)
        store.record_answer(
            session.id, position=1, question=bank.questions[0], answer="a guess", seconds=20,
            time_limit=60, score=20.0, band="weak", grade={"score": 20.0, "band": "weak"},
            grader_version="1.0",
        )  # fmt: skip
        store.finish_session(session.id, None)
        ids.append(session.id)
        clock.advance(60)
    return ids[0], ids[1]


def test_the_cli_history_and_the_report_say_none(isolated_data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (isolated_data_dir / "banks").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "mini.yaml", isolated_data_dir / "banks" / "mini.yaml")
    clock = FakeClock()
    with Store.open(database_path(isolated_data_dir), clock=clock) as store:
        adaptive, plain = _sessions(store, isolated_data_dir / "banks" / "mini.yaml", clock)
        bank = load_bank(isolated_data_dir / "banks" / "mini.yaml")
        report = build_report(store, adaptive, bank)
    assert ("Level reached", "none") in summary_lines(report)
    assert run("history") == 0
    rows = capsys.readouterr().out.splitlines()
    start = rows[0].index("LEVEL")
    cells = {row[:8]: row[start:].split()[0] for row in rows[1:3]}
    assert cells == {adaptive[:8]: "none", plain[:8]: "-"}


async def test_the_history_screen_says_none_finished_or_not(tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store.open(tmp_path / "history.sqlite3", clock=clock)
    _sessions(store, DATA / "banks" / "mini.yaml", clock)
    bank = load_bank(DATA / "banks" / "mini.yaml")
    store.create_session(SessionConfig(bank_id="mini", count=3, adaptive=True), bank)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        table = app.screen.query_one("#sessions", DataTable)
        column = [str(c.label) for c in table.columns.values()].index("Adaptive")
        cells = [str(table.get_row_at(row)[column]) for row in range(table.row_count)]
        assert cells == ["none", "-", "none"]  # newest first: unfinished, plain, finished
