"""care43 #3: `report latest` of an unfinished session whose bank is gone said on stderr
"`resume ID` continues it", which then failed; its note now says what the report's Finished row
says (put the bank back, or close it), from the same helper."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured, with_mini_bank
from test_report_bank_gone_store42 import finished_row, unfinished_session

from interviewer.core.report import unfinished_advice


def note_of(err: str) -> str:
    return next(line for line in err.splitlines() if line.startswith("Report of the latest"))


def test_report_latest_s_note_says_how_to_bring_the_bank_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = with_mini_bank(tmp_path / "data")
    session = unfinished_session(data)
    args = ["--data-dir", str(data), "report", "latest", "--format", "md"]
    code, _, err = run_captured(args, capsys)
    assert code == 0 and note_of(err).endswith(f"resume {session[:8]}` continues it.")
    (data / "banks" / "mini.yaml").unlink()
    code, out, err = run_captured(args, capsys)
    note = note_of(err)
    assert code == 0 and "bank 'mini' cannot be loaded: put the bank back" in note
    assert f"resume --close {session[:8]}` closes it" in note
    assert err.index("Report of the latest") < err.index("warning: bank 'mini'")
    command = f"interviewer --data-dir {data}"
    advice = unfinished_advice(session, "mini", command, bank_gone=True)
    assert note.endswith(f"; {advice}.") and finished_row(out).endswith(f"; {advice} |")


def test_report_latest_with_only_an_unfinished_session_says_how_to_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Played: a session begun, a draft typed, the terminal closed: `history` lists it
    unfinished, and `report latest` said 'Start one with `interviewer start`'."""
    from interviewer.core.bank import load_bank
    from interviewer.core.clock import FakeClock
    from interviewer.core.session import SessionConfig
    from interviewer.core.store import Store
    from interviewer.paths import database_path

    data = with_mini_bank(tmp_path / "data")
    bank = load_bank(data / "banks" / "mini.yaml")
    with Store.open(database_path(data), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=2), bank).id
    args = ["--data-dir", str(data), "report", "latest"]
    code, _, err = run_captured(args, capsys)
    assert code == 1 and "No session has an answer yet" in err
    assert f"{session[:8]} (mini), is unfinished" in err
    assert f"resume {session[:8]}` continues it" in err and "Start one" not in err
    (data / "banks" / "mini.yaml").unlink()
    code, _, err = run_captured(args, capsys)
    assert code == 1 and "put the bank back" in err and "resume --close" in err
