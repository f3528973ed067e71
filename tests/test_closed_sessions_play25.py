"""Play 25 E2: a session closed early is `closed`, not `finished`, in every listing; closing an
interview grades its answered part; a closed session with no score says why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import exit_status as run

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report, summary_lines
from interviewer.core.session import SessionConfig, session_status
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).resolve().parent / "data"
GOOD = (
    "Temperature divides the logits before the softmax: a low temperature is more "
    "deterministic and focused, a high temperature flattens the distribution and is more "
    "diverse. Zero means greedy decoding."
)


@pytest.fixture
def sessions(isolated_data_dir: Path):  # noqa: ANN201
    """An interview of 3 with 2 ungraded answers (as an interview keeps them until its end),
    a session with no answer, and a finished one."""
    (isolated_data_dir / "banks").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "mini.yaml", isolated_data_dir / "banks" / "mini.yaml")
    bank = load_bank(isolated_data_dir / "banks" / "mini.yaml")
    clock = FakeClock()
    with Store.open(database_path(isolated_data_dir), clock=clock) as store:
        config = SessionConfig(bank_id="mini", count=3, seed=1, mode="interview")
        interview = store.create_session(config, bank)
        for position, question in enumerate(bank.questions[:2], start=1):
            store.record_answer(
                interview.id, position=position, question=question, answer=GOOD, seconds=20,
                time_limit=60,
            )  # fmt: skip
        clock.advance(60)
        empty = store.create_session(config, bank)
        clock.advance(60)
        done = store.create_session(SessionConfig(bank_id="mini", count=1, seed=1), bank)
        store.record_answer(
            done.id, position=1, question=bank.questions[0], answer=GOOD, seconds=20,
            time_limit=60, score=80.0, band="strong",
        )  # fmt: skip
        store.finish_session(done.id, None)
    return interview, empty, done


def test_closing_an_interview_scores_its_answered_part_and_lists_it_as_closed(
    sessions, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    interview, empty, done = sessions
    assert run("resume", "--close", interview.id[:8]) == 0
    out = capsys.readouterr().out
    assert "scored" in out and "on the answered part" in out
    assert run("resume", "--close", empty.id[:8]) == 0
    capsys.readouterr()
    assert run("history") == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:4]}
    assert rows[interview.id[:8]].rstrip().endswith("closed")
    assert rows[empty.id[:8]].rstrip().endswith("closed")
    assert rows[done.id[:8]].rstrip().endswith("finished")
    assert run("history", "--json") == 0
    listed = {s["id"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed[interview.id]["status"] == "closed" and listed[interview.id]["score"] > 0
    assert listed[empty.id]["status"] == "closed" and listed[done.id]["status"] == "finished"
    with Store.open(database_path(isolated_data_dir)) as store:
        report = build_report(store, interview.id, load_bank(DATA / "banks" / "mini.yaml"))
        assert dict(summary_lines(report))["Score"] != "-"
        report = build_report(store, empty.id, load_bank(DATA / "banks" / "mini.yaml"))
        assert dict(summary_lines(report))["Score"] == "not scored: closed early"
        assert [session_status(s) for s in store.list_sessions()] == [
            "finished", "closed", "closed",
        ]  # fmt: skip
