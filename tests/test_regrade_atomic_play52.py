"""`regrade` saves a session's new grades in one SQLite transaction (play51 left it): a save
failing partway through a session left its earlier answers re-graded, each update being a
transaction of its own. The failure is injected into a real SQLite file by a trigger that
aborts the update of one answer's row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import run_captured, with_mini_bank

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreError
from interviewer.core.session import SessionConfig
from interviewer.core.store import NewGrade, Store
from interviewer.paths import database_path

DATA = Path(__file__).parent / "data"
OLD = "0.1"


def _history(data: Path, sessions: int) -> list[str]:
    """Finished sessions of the mini bank, two answers each, graded by an old grader."""
    bank = load_bank(DATA / "banks" / "mini.yaml")
    clock = FakeClock()
    ids = []
    with Store.open(database_path(data), clock=clock) as store:
        for _ in range(sessions):
            clock.advance(3600)
            session = store.create_session(SessionConfig(bank_id="mini", count=2), bank)
            for position, qid in enumerate(("mini-001", "mini-002"), start=1):
                store.record_answer(
                    session.id, position=position, question=bank.get(qid),
                    answer="An LLM is a transformer that predicts the next token.",
                    seconds=30, time_limit=60, score=12.0, band="weak",
                    grade={"score": 12.0, "band": "weak"}, grader_version=OLD,
                )  # fmt: skip
            store.finish_session(session.id, None)
            ids.append(session.id)
    return ids


def _fail_update_of(path: Path, session_id: str, position: int, message: str) -> None:
    """A trigger in the file: updating that answer's grade aborts with `message`."""
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "CREATE TRIGGER injected_failure BEFORE UPDATE OF score ON answers"
            f" WHEN OLD.session_id = '{session_id}' AND OLD.position = {position}"
            f" BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
    db.close()


def _versions(path: Path, session_id: str) -> list[str | None]:
    with Store.open(path) as store:
        return [a.grader_version for a in store.answers(session_id)]


def _past_grades(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT count(*) FROM grade_history").fetchone()[0])
    finally:
        db.close()


def test_a_save_failing_on_the_second_answer_leaves_the_first_as_it_was(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = with_mini_bank(isolated_data_dir)
    (session,) = _history(data, 1)
    path = database_path(data)
    _fail_update_of(path, session, 2, "disk I/O error (injected)")

    code, out, err = run_captured(["regrade", session[:8]], capsys)

    assert code == 2
    assert "2 new grades cannot be saved; the session is left as it was" in out
    assert "-> " not in out  # no line says a grade changed that was not saved
    assert "cannot save the grades" in err and "injected" in err
    assert _versions(path, session) == [OLD, OLD]  # the first answer was re-graded here
    assert _past_grades(path) == 0


def test_regrade_all_goes_on_past_a_session_that_cannot_be_saved(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = with_mini_bank(isolated_data_dir)
    first, second, third = _history(data, 3)
    path = database_path(data)
    # SQLite's own words for a damaged page: the store reads it as damage, as on a real one
    _fail_update_of(path, second, 2, "database disk image is malformed")

    code, out, err = run_captured(["regrade", "--all"], capsys)

    assert code == 2
    assert "Re-graded 2 sessions with grader" in out and "4 changed" in out
    assert f"1 session could not be saved, left as it was: {second[:8]} (" in out
    assert "damaged" in err
    assert _versions(path, second) == [OLD, OLD]
    assert OLD not in _versions(path, first) + _versions(path, third)
    assert _past_grades(path) == 4


def test_update_grades_is_one_transaction(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (session,) = _history(data, 1)
    path = database_path(data)
    _fail_update_of(path, session, 2, "no space left (injected)")
    with Store.open(path) as store:
        answers = store.answers(session)
        grades = [NewGrade(a.id, 90.0, "strong", {"score": 90.0}, "9.9") for a in answers]
        with pytest.raises(StoreError, match="injected"):
            store.update_grades(grades)
        assert [(a.score, a.grader_version) for a in store.answers(session)] == [
            (12.0, OLD),
            (12.0, OLD),
        ]
        store.update_grades(grades[:1])  # the store is usable after the rollback
        assert [a.score for a in store.answers(session)] == [90.0, 12.0]
    assert _past_grades(path) == 1
