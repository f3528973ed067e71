"""Play 28 minor 5: a question whose time ran out with nothing typed is unanswered (scored 0,
shown as such), not answered, alike in the report, its exports, `history` and the history
screen; one rule in core (`left_unanswered`), kept by the store's SQL count too."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import old_history
from test_report import check_against_schema

from interviewer.cli import main
from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.report import (
    build_report,
    report_schema,
    result_label,
    summary_lines,
    to_dict,
    to_markdown,
)
from interviewer.core.session import SessionConfig, session_progress, short_progress
from interviewer.core.store import SCHEMA_VERSION, Store, history_json
from interviewer.core.store.records import BLANK_CHARACTERS, left_unanswered
from interviewer.paths import database_path
from interviewer.tui.screens.history import answered_cell

DATA = Path(__file__).resolve().parent / "data"
GOOD = (
    "Temperature divides the logits before the softmax: a low temperature is more "
    "deterministic and focused, a high temperature flattens it and is more diverse."
)


@pytest.fixture
def timed_out_session(isolated_data_dir: Path) -> str:
    """A finished interview of 3 (time limit 10 s): q1 typed and timed out, q2 nothing typed
    when time ran out (blank lines only), q3 answered in time."""
    (isolated_data_dir / "banks").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "mini.yaml", isolated_data_dir / "banks" / "mini.yaml")
    bank = load_bank(isolated_data_dir / "banks" / "mini.yaml")
    clock = FakeClock()
    with Store.open(database_path(isolated_data_dir), clock=clock) as store:
        config = SessionConfig(bank_id="mini", count=3, seed=1, time_limit=10)
        run = InterviewRun.start(
            bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
        )
        for text, timed_out in ((GOOD, True), ("\n  \n", True), (GOOD, False)):
            assert run.next_question() is not None
            run.start_clock()
            clock.advance(10 if timed_out else 5)
            run.grade(run.submit(text, timed_out=timed_out))
        return run.finish().id


def test_blank_timed_out_answer_is_unanswered_in_the_session_counts(timed_out_session) -> None:
    with _store() as store:
        session = store.get_session(timed_out_session)
        assert session is not None
        assert (session.answer_count, session.answered_count) == (3, 2)
        assert session.unanswered_count == 1
        assert session_progress(session) == "2 answered, 1 unanswered (timed out), of 3 planned"
        assert short_progress(session) == "3 of 3 done"
        assert answered_cell(session) == "2 +1 blank"
        [entry] = history_json(store)
        assert (entry["answered"], entry["unanswered"], entry["skipped"]) == (2, 1, 0)
        assert [a["unanswered"] for a in entry["answers"]] == [False, True, False]
        assert [a["band"] for a in entry["answers"]][1] == "unanswered"


def test_report_and_its_exports_say_unanswered_and_score_it_zero(timed_out_session) -> None:
    with _store() as store:
        report = build_report(store, timed_out_session)
    rows = dict(summary_lines(report))
    assert rows["Questions"] == "2 answered, 1 unanswered (timed out), of 3 planned"
    assert rows["Timed out"] == "2"
    assert rows["Finished"].endswith("(closed early)") is False
    assert rows["Score"].endswith("; the 1 unanswered counts as 0")
    blank = report.questions[1]
    assert blank.unanswered and blank.score == 0 and blank.band == "unanswered"
    assert result_label(blank) == "0 unanswered, timed out"
    assert not report.questions[0].unanswered  # typed, then timed out: answered
    assert (report.answered, report.unanswered, report.timed_out) == (2, 1, 2)
    data = to_dict(report)
    check_against_schema(json.loads(json.dumps(data)), report_schema())
    assert (data["answered"], data["unanswered"]) == (2, 1)
    markdown = to_markdown(report)
    assert "2 answered, 1 unanswered (timed out), of 3 planned" in markdown
    assert "0 unanswered, timed out" in markdown
    assert "Time ran out with nothing typed" in markdown


def test_history_command_lists_the_unanswered_apart(timed_out_session, capsys) -> None:
    with pytest.raises(SystemExit) as code:
        main(["history"])
    assert code.value.code == 0
    [row] = [line for line in capsys.readouterr().out.splitlines() if timed_out_session[:8] in line]
    assert "2 +1 unanswered" in row


@pytest.mark.parametrize("blank", [*BLANK_CHARACTERS, ""])
def test_the_store_counts_blank_answers_as_the_core_rule_does(blank: str) -> None:
    """The SQL count and `left_unanswered` agree on every white-space character."""
    bank = load_bank(DATA / "banks" / "mini.yaml")
    with Store.open(":memory:") as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=3), bank)
        texts = (blank * 2, f"{blank}x{blank}")
        for position, text in enumerate(texts, start=1):
            store.record_answer(
                session.id, position=position, question=bank.questions[position - 1],
                answer=text, seconds=10, time_limit=10, timed_out=True,
            )  # fmt: skip
        store.record_answer(
            session.id, position=3, question=bank.questions[2], answer="", seconds=10,
            time_limit=10, timed_out=True, skipped=True, score=0.0, band="missing",
        )  # fmt: skip
        stored = store.get_session(session.id)
        assert stored is not None
        answers = store.answers(session.id)
        assert [a.unanswered for a in answers] == [True, False, False]
        assert stored.unanswered_count == sum(a.unanswered for a in answers) == 1
        assert (stored.answered_count, stored.skipped_count) == (1, 1)


def test_blank_characters_are_exactly_pythons_white_space() -> None:
    assert set(BLANK_CHARACTERS) == {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert left_unanswered(" \u3000\n", timed_out=True, skipped=False)
    assert not left_unanswered(" ", timed_out=False, skipped=False)


def _store() -> Store:
    return Store.open(database_path(Path(os.environ["INTERVIEWER_DATA_DIR"])), clock=FakeClock())


def test_listing_sessions_stays_on_the_summary_index(tmp_path: Path) -> None:
    """Counting the unanswered reads only timed-out answers' rows: the listing keeps to the
    `answers_summary` index (fast, and clear of a damaged page among the answers' texts)."""
    path = tmp_path / "history.sqlite3"
    old = old_history(path, 5)
    old.commit()
    old.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 6
        query = f"EXPLAIN QUERY PLAN {store._SESSION_QUERY} GROUP BY s.id"
    raw = sqlite3.connect(path)
    plan = " ".join(str(row) for row in raw.execute(query))
    raw.close()
    assert "COVERING INDEX answers_summary" in plan, plan
