"""store42 #3: an unfinished session's report said `resume ID continues it` even when its bank
could no longer be loaded, so `resume` then failed; it now says what to do first, as the
resume message does (put the bank back, or import the list again with --id ID)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured, with_mini_bank
from store_helpers import answered_sessions

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report, to_json, to_markdown
from interviewer.core.store import Store
from interviewer.paths import database_path


def unfinished_session(data: Path) -> str:
    bank = load_bank(data / "banks" / "mini.yaml")
    with Store.open(database_path(data), clock=FakeClock()) as store:
        [session_id] = answered_sessions(store, bank, 1)
    return session_id


def finished_row(markdown: str) -> str:
    return next(line for line in markdown.splitlines() if line.startswith("| Finished"))


def test_the_report_of_a_session_whose_bank_is_gone_says_how_to_bring_it_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = with_mini_bank(tmp_path / "data")
    session = unfinished_session(data)
    args = ["--data-dir", str(data), "report", session[:8], "--format", "md"]
    code, out, _ = run_captured(args, capsys)
    assert code == 0 and finished_row(out).endswith("` continues it |")  # the bank is there
    (data / "banks" / "mini.yaml").unlink()
    code, out, err = run_captured(args, capsys)
    assert code == 0 and "bank 'mini' cannot be loaded" in err
    row = finished_row(out)
    assert "put the bank back (or import the list again with --id mini)" in row
    assert f"resume {session[:8]}` continues it" in row and "resume --close" in row


def test_bank_gone_is_kept_out_of_the_json_report(tmp_path: Path) -> None:
    data = with_mini_bank(tmp_path / "data")
    session = unfinished_session(data)
    with Store.open(database_path(data)) as store:
        gone = build_report(store, session, None, bank_gone=True)
        plain = build_report(store, session, None)
    assert "cannot be loaded" in to_markdown(gone) and "cannot be loaded" not in to_markdown(plain)
    assert to_json(gone) == to_json(plain)
