"""Never lose work: every unfinished session can be listed, resumed by id, or closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import exit_status as run

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreError
from interviewer.core.report import build_report, summary_lines
from interviewer.core.session import SessionConfig, unfinished_notice
from interviewer.core.store import Store
from interviewer.paths import database_path
from interviewer.tui import launch

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def bank():
    return load_bank(DATA / "banks" / "mini.yaml")


def add(store: Store, bank, clock: FakeClock, answered: int, count: int = 3):  # noqa: ANN001
    session = store.create_session(SessionConfig(bank_id="mini", count=count, seed=1), bank)
    for position in range(1, answered + 1):
        store.record_answer(
            session.id,
            position=position,
            question=bank.questions[position - 1],
            answer="an answer",
            seconds=10,
            time_limit=60,
            score=50.0,
            band="weak",
        )
    clock.advance(60)
    return session


def test_unfinished_sessions_newest_first_and_closing_one(bank) -> None:
    clock = FakeClock()
    store = Store.open(":memory:", clock=clock)
    older, newer = add(store, bank, clock, 1), add(store, bank, clock, 2)
    finished = add(store, bank, clock, 3)
    store.finish_session(finished.id, None)
    assert [s.id for s in store.unfinished_sessions()] == [newer.id, older.id]
    store.save_draft(older.id, "mini-002", "half", 5.0)
    before = store.get_session(older.id)
    assert before is not None and before.time_used == 15.0
    closed = store.close_session(older.id[:8])
    assert closed.finished and closed.answer_count == 1
    draft = store.load_draft(older.id)
    assert draft is None or draft.text == ""
    assert closed.time_used == 15.0, "closing must keep the time spent on the open question"
    assert [s.id for s in store.unfinished_sessions()] == [newer.id]
    rows = dict(summary_lines(build_report(store, older.id, bank)))
    assert rows["Finished"].endswith("(closed early)")
    assert rows["Questions"] == "1 answered of 3 planned"
    with pytest.raises(StoreError, match="already finished"):
        store.close_session(older.id)
    with pytest.raises(StoreError, match="no session"):
        store.close_session("nope1234")


def test_unfinished_notice_names_the_latest_and_the_way_back(bank) -> None:
    clock = FakeClock()
    store = Store.open(":memory:", clock=clock)
    assert unfinished_notice(store) is None
    first = add(store, bank, clock, 1)
    assert unfinished_notice(store, besides=first.id) is None
    second = add(store, bank, clock, 2)
    notice = unfinished_notice(store)
    assert notice is not None and notice.startswith("2 unfinished sessions are waiting")
    assert f"interviewer resume {second.id[:8]}" in notice and "2 of 3 answered" in notice


@pytest.fixture
def history(isolated_data_dir: Path, bank):  # noqa: ANN001
    clock = FakeClock()
    with Store.open(database_path(isolated_data_dir), clock=clock) as store:
        older, newer = add(store, bank, clock, 1), add(store, bank, clock, 2)
        done = add(store, bank, clock, 3)
        store.finish_session(done.id, None)
    return older, newer, done


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> dict:
    started: dict = {}

    def fake_run(app_kwargs, store, args):  # noqa: ANN001
        started.update(app_kwargs)
        store.close()
        return 0

    monkeypatch.setattr(launch, "_run", fake_run)
    return started


def test_resume_takes_any_unfinished_session_by_id(history, launched, capsys) -> None:
    older, newer, _ = history
    assert run("resume", older.id[:8]) == 0
    assert launched["resume"].id == older.id


def test_resume_without_id_takes_the_latest_and_names_the_others(history, launched, capsys):
    older, newer, _ = history
    assert run("resume") == 0
    assert launched["resume"].id == newer.id
    assert f"also unfinished: {older.id[:8]}" in capsys.readouterr().err


def test_resume_of_a_finished_or_unknown_session_says_why(history, launched, capsys) -> None:
    _, _, done = history
    assert run("resume", done.id[:8]) == 2
    assert f"`interviewer report {done.id[:8]}`" in capsys.readouterr().err
    assert run("resume", "nope1234") == 2
    assert "resume --list" in capsys.readouterr().err
    assert not launched


def test_resume_list_and_close(history, capsys) -> None:
    older, newer, done = history
    assert run("resume", "--list") == 0
    out = capsys.readouterr().out
    assert older.id[:8] in out and newer.id[:8] in out and done.id[:8] not in out
    assert "1 answered of 3 planned" in out
    assert run("resume", "--close", older.id[:8]) == 0
    assert f"Closed session {older.id[:8]} (1 answered of 3 planned)" in capsys.readouterr().out
    assert run("resume", "--list") == 0
    assert older.id[:8] not in capsys.readouterr().out
    assert run("resume", "--close", older.id[:8]) == 2
    assert "already finished" in capsys.readouterr().err
    assert run("resume", "--close") == 2


def test_starting_while_a_session_is_unfinished_says_so(history, launched, capsys) -> None:
    _, newer, _ = history
    assert run("start", "--count", "2") == 0
    err = capsys.readouterr().err
    assert "2 unfinished sessions are waiting" in err and f"resume {newer.id[:8]}" in err


def test_resume_list_keeps_its_columns_aligned(isolated_data_dir: Path, bank) -> None:  # noqa: ANN001
    """play23 F14: `contrasts  practice` and `longq  practice` did not line up."""
    import dataclasses
    import io
    from contextlib import redirect_stdout

    clock = FakeClock()
    with Store.open(database_path(isolated_data_dir), clock=clock) as store:
        for bank_id, mode in (("a", "practice"), ("contrasts", "interview"), ("longq", "practice")):
            config = SessionConfig(bank_id=bank_id, count=3, seed=1, mode=mode)
            store.create_session(config, dataclasses.replace(bank, id=bank_id))
            clock.advance(60)
    out = io.StringIO()
    with redirect_stdout(out):
        assert run("resume", "--list") == 0
    lines = out.getvalue().splitlines()[:4]
    assert lines[0].split() == ["ID", "DATE", "BANK", "MODE", "PROGRESS", "TIME"]
    for column in ("MODE", "PROGRESS", "TIME"):
        at = lines[0].index(column)
        assert all(line[at - 2 : at] == "  " and line[at] != " " for line in lines[1:]), column


def test_a_short_id_prefix_is_said_to_need_four_characters(history, launched, capsys) -> None:
    """play24 D9: `interviewer report 89` said only "no session '89' in the history", though a
    prefix under 4 characters never names a session."""
    older, _, done = history
    short = done.id[:3]
    for argv in (("report", short), ("regrade", short), ("resume", short)):
        assert run(*argv) in (1, 2), argv
        err = capsys.readouterr().err
        assert (
            f"no session '{short}' in the history (an id prefix needs at least 4 characters)"
            in (err)
        ), argv
    assert run("resume", "--close", older.id[:2]) == 2
    assert "needs at least 4 characters" in capsys.readouterr().err
    assert run("report", "nope1234") == 1
    assert "at least 4" not in capsys.readouterr().err
    assert not launched
