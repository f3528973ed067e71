"""Appeals: the candidate's own grade and note, stored, reported and exported as calibration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_helpers import old_history

from interviewer.cli import main
from interviewer.core.appeals import calibration_records, grade_as_score
from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreError
from interviewer.core.report import build_report, report_schema, to_dict, to_html, to_markdown
from interviewer.core.session import SessionConfig
from interviewer.core.store import SCHEMA_VERSION, Store, history_json
from interviewer.paths import database_path

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


@pytest.fixture
def bank():
    return load_bank(MINI)


def graded_answer(store: Store, bank, text: str = "Next token prediction.", score: float = 30.0):
    session = store.create_session(SessionConfig(bank_id="mini", count=2), bank)
    answer = store.record_answer(
        session.id, position=1, question=bank.get("mini-001"), answer=text, seconds=10,
        time_limit=60, score=score, band="weak", grade={"score": score, "band": "weak"},
        grader_version="2.4",
    )  # fmt: skip
    return session, answer


def test_appeal_is_kept_and_replaced(bank) -> None:
    with Store.open(":memory:", clock=FakeClock()) as store:
        session, answer = graded_answer(store, bank)
        store.save_appeal(answer.id, 3, "  I named the objective.  ")
        assert store.appeals(session.id)[answer.id].note == "I named the objective."
        store.save_appeal(answer.id, 4, "")
        [appeal] = store.appeals().values()
        assert (appeal.candidate_grade, appeal.note) == (4, "")


@pytest.mark.parametrize("grade", [-1, 6, True, 2.5])
def test_appeal_grade_off_the_scale_is_refused(bank, grade) -> None:
    with Store.open(":memory:") as store:
        _, answer = graded_answer(store, bank)
        with pytest.raises(StoreError, match="0 to 5"):
            store.save_appeal(answer.id, grade, "")


def test_appeal_of_an_unknown_answer_is_refused(bank) -> None:
    with Store.open(":memory:") as store, pytest.raises(StoreError, match="no answer"):
        store.save_appeal(999, 2, "")


def test_appeal_goes_with_its_session(bank) -> None:
    with Store.open(":memory:") as store:
        session, answer = graded_answer(store, bank)
        store.save_appeal(answer.id, 2, "x")
        store.delete_session(session.id)
        assert store.appeals() == {}


def test_schema_1_history_is_migrated_and_keeps_its_answers(tmp_path: Path, bank) -> None:
    path = tmp_path / "history.sqlite3"
    raw = old_history(path, 1)
    raw.execute(
        "INSERT INTO sessions (id, bank_id, bank_version, mode, config_json, started_at)"
        " VALUES ('s1', 'mini', '1', 'interview', ?, '2025-01-06T09:00:00+00:00')",
        (json.dumps(SessionConfig(bank_id="mini", seed=1).to_dict()),),
    )
    raw.execute(
        "INSERT INTO answers (session_id, position, question_id, prompt, topic, level, answer,"
        " seconds, submitted_at) VALUES ('s1', 1, 'mini-001', 'p', 't', 'beginner', 'old', 5,"
        " '2025-01-06T09:01:00+00:00')"
    )
    raw.commit()
    raw.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 6
        [old] = store.answers("s1")
        assert old.answer == "old" and old.hints_used == 0
        store.save_appeal(old.id, 5, "fine")


def test_report_and_history_show_the_appeal(bank) -> None:
    with Store.open(":memory:", clock=FakeClock()) as store:
        session, answer = graded_answer(store, bank)
        store.save_appeal(answer.id, 4, "I covered the objective <really>")
        report = build_report(store, session.id, bank)
        [question] = report.questions
        assert question.appeal is not None and question.appeal.grade == 4
        assert "Your appeal: 4 of 5" in to_markdown(report)
        assert "really" in to_markdown(report)
        assert "Your appeal: 4 of 5" in to_html(report) and "&lt;really&gt;" in to_html(report)
        data = to_dict(report)
        assert data["questions"][0]["appeal"]["grade"] == 4
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(data, report_schema())
        [entry] = history_json(store)
        assert entry["answers"][0]["appeal"]["note"] == "I covered the objective <really>"


def test_calibration_records_carry_what_a_grader_needs(bank) -> None:
    with Store.open(":memory:") as store:
        _, answer = graded_answer(store, bank, text="my answer", score=30.0)
        graded_answer(store, bank)  # not appealed: not exported
        store.save_appeal(answer.id, 5, "complete")
        [record] = calibration_records(store)
    assert record["question_id"] == "mini-001" and record["answer"] == "my answer"
    assert (record["grader_score"], record["grader_version"]) == (30.0, "2.4")
    assert (record["candidate_grade"], record["note"]) == (5, "complete")
    assert record["candidate_score"] == grade_as_score(5) == 100.0


def test_appeals_command_prints_json_and_a_table(isolated_data_dir: Path, bank, capsys) -> None:
    def run(*argv: str) -> int:
        with pytest.raises(SystemExit) as exit_info:
            main(list(argv))
        return int(exit_info.value.code or 0)

    assert run("appeals", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run("appeals") == 0
    assert "No appeals yet" in capsys.readouterr().out
    with Store.open(database_path(isolated_data_dir)) as store:
        _, answer = graded_answer(store, bank)
        store.save_appeal(answer.id, 2, "a note")
    assert run("appeals", "--json") == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["candidate_grade"] == 2
    assert run("appeals") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["QUESTION", "GRADER", "YOURS", "VERSION", "NOTE"]
    assert lines[1].split() == ["mini-001", "30", "2/5", "2.4", "a", "note"]


def test_report_shows_hints_used_and_retries(bank) -> None:
    with Store.open(":memory:", clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=1), bank)
        answer = store.record_answer(
            session.id, position=1, question=bank.get("mini-001"), answer="first", seconds=10,
            time_limit=60, score=20.0, band="weak", grade={"score": 20.0, "band": "weak"},
            grader_version="2.4", hints_used=2,
        )  # fmt: skip
        store.record_retry(
            answer.id, answer="second", score=80.0, band="strong", grader_version="2.4"
        )
        report = build_report(store, session.id, bank)
        [question] = report.questions
        assert question.hints_used == 2 and question.score == 20.0
        assert [(r.answer, r.score) for r in question.retries] == [("second", 80.0)]
        markdown = to_markdown(report)
        assert "Hints used: 2" in markdown and "Retried: 80 (strong)" in markdown
        assert "Retried: 80 (strong)" in to_html(report)
        # the retry's own words too, not only its score (play20 F14)
        assert "Your retry:" in markdown and "  second" in markdown.split("Your retry:")[1]
        assert "<div class='answer retry'>second</div>" in to_html(report)
        from interviewer.tui.screens.report import question_details

        assert "Your retry:\nsecond" in question_details(question)
        assert to_dict(report)["questions"][0]["retries"][0]["answer"] == "second"
        assert history_json(store)[0]["answers"][0]["hints_used"] == 2
