"""play29 F18: a session killed while its answer was grading. `history` said its score was "-"
while `report` said 8.4. Now the answer waiting for its grade is graded and stored by whichever
reads the session first (history or report, CLI or screen), so every one gives one score;
a session open in a live program is left to that program, which grades it itself."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pilot_helpers import open_history, wait_for
from textual.widgets import DataTable

from interviewer.cli import main
from interviewer.core.bank import Bank, load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun, SessionLease
from interviewer.core.report import format_score
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import database_path
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.history import HistoryScreen

DATA = Path(__file__).parent / "data"
ANSWER = (
    "A large language model is a neural network trained on huge amounts of text to predict "
    "the next token; it can answer questions and write code from a prompt."
)


@pytest.fixture
def bank() -> Bank:
    return load_bank(DATA / "banks" / "mini.yaml")


def killed_while_grading(store: Store, bank: Bank) -> str:
    """A practice session of two questions: the first answer saved, the program killed
    before its grade was stored."""
    config = SessionConfig(bank_id="mini", count=2, seed=1, mode="practice")
    run = InterviewRun.start(
        bank=bank, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )
    run.next_question()
    run.submit(ANSWER)
    assert store.answers(run.session.id)[0].score is None
    return run.session.id


def _command_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    with pytest.raises(SystemExit) as done:
        main(args)
    assert done.value.code == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def data_dir(isolated_data_dir: Path) -> Path:
    (isolated_data_dir / "banks").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "mini.yaml", isolated_data_dir / "banks" / "mini.yaml")
    return isolated_data_dir


def test_history_first_then_report_give_one_score(
    data_dir: Path, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(database_path(data_dir)) as store:
        session_id = killed_while_grading(store, bank)
    [listed] = _command_json(["history", "--json"], capsys)  # type: ignore[misc]
    report = _command_json(["report", session_id[:8], "--format", "json"], capsys)
    expected = grader_for(bank).grade(bank.questions[0], ANSWER).score
    assert listed["score"] == report["score"] == expected  # type: ignore[index]
    with Store.open(database_path(data_dir)) as store:
        [answer] = store.answers(session_id)
        assert answer.score is not None and store.grade_history(answer.id) == []


def test_report_first_stores_the_grade_the_history_then_shows(
    data_dir: Path, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(database_path(data_dir)) as store:
        session_id = killed_while_grading(store, bank)
    report = _command_json(["report", session_id[:8], "--format", "json"], capsys)
    with Store.open(database_path(data_dir)) as store:
        assert store.answers(session_id)[0].score == report["score"]  # type: ignore[index]
    assert main_table_score(capsys, session_id) == format_score(report["score"])  # type: ignore[index]


def main_table_score(capsys: pytest.CaptureFixture[str], session_id: str) -> str:
    with pytest.raises(SystemExit):
        main(["history"])
    row = next(line for line in capsys.readouterr().out.splitlines() if session_id[:8] in line)
    return row.split()[6]  # ID, DATE (2 cells), BANK, MODE, QUESTIONS, SCORE


def test_a_session_open_in_a_live_program_is_left_to_it(
    data_dir: Path, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    path = database_path(data_dir)
    with Store.open(path) as store:
        session_id = killed_while_grading(store, bank)
    live = SessionLease.claim(path, session_id, FakeClock().now())
    try:
        [listed] = _command_json(["history", "--json"], capsys)  # type: ignore[misc]
        assert listed["score"] is None  # type: ignore[index]
        report = _command_json(["report", session_id[:8], "--format", "json"], capsys)
        assert report["score"] is not None  # type: ignore[index]  # graded for the report only
        with Store.open(path) as store:
            assert store.answers(session_id)[0].score is None
    finally:
        live.release()


async def test_the_history_screen_shows_the_score_the_report_shows(
    bank: Bank, tmp_path: Path
) -> None:
    (tmp_path / "banks").mkdir()
    shutil.copy(DATA / "banks" / "mini.yaml", tmp_path / "banks" / "mini.yaml")
    store = Store.open(tmp_path / "history.sqlite3")
    session_id = killed_while_grading(store, bank)
    app = InterviewApp(
        catalog=Catalog(tmp_path), store=store, clock=FakeClock(), export_dir=tmp_path
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        [session] = screen.sessions
        expected = grader_for(bank).grade(bank.questions[0], ANSWER).score
        assert session.id == session_id and session.mean_score == expected
        cells = [str(cell) for cell in screen.query_one(DataTable).get_row_at(0)]
        assert format_score(expected) in cells
