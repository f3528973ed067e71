"""robust68: a session id holding bytes that are not UTF-8 (`interviewer report $'\\xff'`, read
by Python as lone surrogates) ended every command that looks a session up in a traceback
(SQLite cannot bind such a string). It names no session now, said in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import REPO

from interviewer.core.store import Store

UNDECODABLE = "\udcff\udcfe"  # what Python makes of the bytes ff fe in a command line


@pytest.mark.parametrize(
    "argv",
    [["report", UNDECODABLE], ["compare", UNDECODABLE, UNDECODABLE], ["regrade", UNDECODABLE]],
)
def test_an_undecodable_session_id_names_no_session(tmp_path: Path, argv: list[str]) -> None:
    Store.open(tmp_path / "history.sqlite3").close()
    done = subprocess.run(
        [sys.executable, "-m", "interviewer", "--data-dir", str(tmp_path), *argv],
        capture_output=True,
        cwd=REPO,
        timeout=120,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1, err
    assert "Traceback" not in err
    assert "no session '\\udcff\\udcfe' in the history" in err  # stderr's backslashreplace


def test_the_store_finds_no_session_for_an_undecodable_id(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    assert store.get_session(UNDECODABLE + "abcd") is None
    store.close()
