"""Rows edited by hand and odd data dirs give one clear line, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import answered_sessions

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreError
from interviewer.core.store import Store
from interviewer.paths import database_path

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "data" / "banks" / "mini.yaml"


def history_with_two_sessions(data: Path) -> tuple[str, str]:
    bank = load_bank(MINI)
    for kind in ("banks", "rubrics"):
        (data / kind).mkdir(parents=True)
        shutil.copy(REPO / "tests" / "data" / kind / "mini.yaml", data / kind / "mini.yaml")
    with Store.open(database_path(data), clock=FakeClock()) as store:
        first, second = answered_sessions(store, bank, 2)
    return first, second


def damage(data: Path, sql: str, *args: object) -> None:
    with sqlite3.connect(database_path(data)) as db:
        db.execute(sql, args)


def interviewer(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interviewer", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sessions SET config_json = '{not json' WHERE id = ?",
        "UPDATE sessions SET config_json = '[1, 2]' WHERE id = ?",
        "UPDATE sessions SET started_at = 'yesterday-ish' WHERE id = ?",
    ],
)
def test_a_damaged_session_is_skipped_in_history_and_named_in_report(
    tmp_path: Path, sql: str
) -> None:
    data = tmp_path / "data"
    bad, good = history_with_two_sessions(data)
    damage(data, sql, bad)
    result = interviewer(data, "history")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert good[:8] in result.stdout and bad[:8] not in result.stdout
    assert f"session '{bad}' cannot be read" in result.stderr and "skipped" in result.stderr
    result = interviewer(data, "report", bad)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"session '{bad}' cannot be read" in result.stderr
    result = interviewer(data, "regrade", "--all")
    assert "Traceback" not in result.stderr and "skipped" in result.stderr


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE answers SET grade_json = '{broken' WHERE session_id = ?",
        "UPDATE answers SET submitted_at = '31/12/2024' WHERE session_id = ?",
    ],
)
def test_a_damaged_answer_is_skipped_with_a_warning(tmp_path: Path, sql: str) -> None:
    data = tmp_path / "data"
    bad, _ = history_with_two_sessions(data)
    damage(data, sql, bad)
    for command in (["report", bad], ["regrade", bad], ["history", "--json"]):
        result = interviewer(data, *command)
        assert "Traceback" not in result.stderr, command
        assert "answer '1' cannot be read" in result.stderr, command


def test_store_methods_raise_store_error_for_one_damaged_row(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad, _ = history_with_two_sessions(data)
    damage(data, "UPDATE sessions SET config_json = 'nope' WHERE id = ?", bad)
    with Store.open(database_path(data)) as store, pytest.raises(StoreError, match="by hand"):
        store.get_session(bad)


def test_data_dir_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    afile = tmp_path / "file.txt"
    afile.write_text("x")
    result = interviewer(afile, "history")
    assert result.returncode == 2 and "is a file, not a folder" in result.stderr
    assert "No sessions yet" not in result.stdout


def test_data_dir_of_an_unknown_user_is_an_error(tmp_path: Path) -> None:
    result = interviewer(Path("~nosuchuser-interviewer/x"), "history")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "cannot expand '~nosuchuser-interviewer/x'" in result.stderr


def test_an_answer_with_bytes_that_are_not_utf8_is_read_mended_and_named_once(
    tmp_path: Path,
) -> None:
    """play27 #6: one answer holding invalid UTF-8 made `history --json`, `regrade --all` and
    the session's report fail, and the message quoted the user's answer."""
    data = tmp_path / "data"
    bad, good = history_with_two_sessions(data)
    damage(
        data,
        "UPDATE answers SET answer = CAST(? AS TEXT) WHERE session_id = ?",
        b"Secret words \xff\xfe of mine.",
        bad,
    )
    result = interviewer(data, "history", "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "Secret words" not in result.stderr
    assert f"session '{bad}', question 1" in result.stderr
    assert result.stderr.count("not UTF-8") == 1
    assert good in result.stdout and "Secret words \ufffd" in result.stdout
    result = interviewer(data, "report", bad, "--format", "md")
    assert result.returncode == 0 and "Secret words \ufffd" in result.stdout
    assert result.stderr.count("not UTF-8") == 1
    result = interviewer(data, "regrade", "--all")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "its stored text is damaged; left as it is" in result.stdout
    with Store.open(database_path(data)) as store:
        (answer,) = store.answers(bad)
        assert answer.damaged_text and answer.answer == "Secret words \ufffd\ufffd of mine."
        assert not store.answers(good)[0].damaged_text
        store.answers(bad)
        assert len(store.warnings) == 1


def test_a_sqlite_error_quoting_stored_text_is_told_without_the_text() -> None:
    from interviewer.core.store.failures import explain_failure

    err = sqlite3.OperationalError(
        "Could not decode to UTF-8 column 'answer' with text 'my private answer'"
    )
    message = str(explain_failure("/x/history.sqlite3", err, "read the history database"))
    assert "my private answer" not in message and "column 'answer'" in message
