"""`regrade --all` on a history damaged in one session's answers (play50 left it): it regraded
the sessions before the damage, then exited 2 with the damaged-file message and no summary.
Now every readable session is regraded, the summary is printed, and the sessions that could
not be read are named with SQLite's reason; the exit status stays 2 with what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured, with_mini_bank

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).parent / "data"
PAGE = 4096


def _history(data: Path, *, long_grade: bool = True) -> list[str]:
    """Three finished sessions of the mini bank, each with two answers (a page of answers
    each, the first session's marked); their ids, oldest first. `long_grade`: the stored grade
    is longer than the new one, else shorter (saving it then rebalances the neighbour pages)."""
    bank = load_bank(DATA / "banks" / "mini.yaml")
    clock = FakeClock()
    ids = []
    with Store.open(database_path(data), clock=clock) as store:
        for n in range(3):
            clock.advance(3600)
            session = store.create_session(SessionConfig(bank_id="mini", count=2), bank)
            for position, qid in enumerate(("mini-001", "mini-002"), start=1):
                mark = "FIRSTSESSION " if n == 0 else ""
                text = mark + "An LLM is a transformer that predicts the next token. " * (
                    4 if long_grade else 28
                )
                # a long stored grade: the new one is shorter, so saving it rewrites the row
                # in its own page (a longer row would move rows onto the damaged page)
                old = {"score": 12.0, "band": "weak", "note": "x" * (1400 if long_grade else 0)}
                store.record_answer(
                    session.id, position=position, question=bank.get(qid), answer=text,
                    seconds=30, time_limit=60, score=12.0, band="weak", grade=old,
                    grader_version="0.1",
                )  # fmt: skip
            store.finish_session(session.id, None)
            ids.append(session.id)
    return ids


def _damage_first_session(data: Path) -> None:
    """Garbage over every page holding the first session's answer text."""
    path = database_path(data)
    raw = bytearray(path.read_bytes())
    pages = {raw.find(b"FIRSTSESSION", start) // PAGE for start in range(0, len(raw), PAGE)}
    pages.discard(-1 // PAGE)
    assert pages, "the marked answers are not in the file"
    for page in pages:
        raw[page * PAGE : (page + 1) * PAGE] = b"\xde\xad\xbe\xef" * (PAGE // 4)
    path.write_bytes(bytes(raw))


def test_regrade_all_regrades_what_it_can_read_and_names_what_it_cannot(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = with_mini_bank(isolated_data_dir)
    first, second, third = _history(data)
    _damage_first_session(data)

    code, out, err = run_captured(["regrade", "--all"], capsys)

    assert code == 2
    assert f"Session {first[:8]}" in out and "cannot be read (" in out
    assert "Re-graded 2 sessions with grader" in out  # the summary is printed
    assert "4 changed" in out and "could not be saved" not in out
    assert f"1 session could not be read, left as it was: {first[:8]} (" in out
    assert "malformed" in out or "not a database" in out
    assert "damaged" in err and str(database_path(data)) in err
    with Store.open(database_path(data)) as store:
        for sid in (second, third):
            assert {a.grader_version for a in store.answers(sid)} != {"0.1"}


def test_an_answer_whose_new_grade_cannot_be_saved_is_named_under_the_summary(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = with_mini_bank(isolated_data_dir)
    first, second, third = _history(data, long_grade=False)
    _damage_first_session(data)

    code, out, err = run_captured(["regrade", "--all"], capsys)

    assert code == 2
    assert "new grades cannot be saved (" in out and "the session is left as it was" in out
    assert f"1 session could not be read, left as it was: {first[:8]} (" in out
    # play52: a session's grades are saved in one transaction, so the session is named (it
    # was `{second[:8]} #1`, its second answer re-graded all the same)
    assert "could not be saved, left as " in out and f"{second[:8]} (" in out
    assert "damaged" in err
    with Store.open(database_path(data), read_only=True) as store:
        for sid in (second, third):
            versions = {a.grader_version for a in store.answers(sid)}
            assert len(versions) == 1, "a session half re-graded"
