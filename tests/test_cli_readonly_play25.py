"""Play 25 F1/F3: `bank import` to a place that cannot be written is a one-line message; the
commands that only read work on a history that cannot be written (opened read-only)."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import run_captured as run

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreError
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).parent / "data"
LIST = "1. What is a heap?\nA tree where each parent is no larger than its children.\n"


def read_only_file_system(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "write_text", refuse)


@pytest.mark.parametrize("to", ["data dir", "-o"])
def test_bank_import_to_a_read_only_place_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, to: str
) -> None:
    source = tmp_path / "list.md"
    source.write_text(LIST, encoding="utf-8")
    read_only_file_system(monkeypatch)
    args = ["--data-dir", str(tmp_path / "data"), "bank", "import", str(source)]
    args += ["-o", str(tmp_path / "q.yaml")] if to == "-o" else []
    code, _, err = run(args, capsys)
    assert code == 2 and "Traceback" not in err
    assert "cannot write the bank (Read-only file system)" in err
    assert len(err.strip().splitlines()) == 1


def test_bank_import_when_the_banks_folder_cannot_be_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "list.md"
    source.write_text(LIST, encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "banks").write_text("a file where the folder should be")
    code, _, err = run(
        ["--data-dir", str(tmp_path / "data"), "bank", "import", str(source)], capsys
    )
    assert code == 2 and "cannot write the bank" in err and "--data-dir" in err


@pytest.fixture
def history(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "banks").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "mini.yaml", data / "banks" / "mini.yaml")
    bank = load_bank(DATA / "banks" / "mini.yaml")
    with Store.open(database_path(data), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=1), bank)
        store.record_answer(
            session.id, position=1, question=bank.get("mini-001"), answer="An answer.",
            seconds=30, time_limit=60, score=40.0, band="weak",
            grade={"score": 40.0, "band": "weak"}, grader_version="1.0",
        )  # fmt: skip
        store.finish_session(session.id, "beginner")
    return data


def test_a_read_only_store_reads_and_refuses_writes_without_touching_the_file(
    history: Path,
) -> None:
    path = database_path(history)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with Store.open(path, read_only=True) as store:
        [session] = store.list_sessions()
        assert session.bank_id == "mini"
        with pytest.raises(StoreError):
            store.finish_session(session.id, "beginner")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with pytest.raises(StoreError, match="no history database"):
        Store.open(history / "missing.sqlite3", read_only=True)


@pytest.mark.parametrize(
    "command", [["history"], ["history", "--json"], ["report"], ["report", "--format", "json"]]
)
def test_reading_commands_open_a_history_that_cannot_be_written_read_only(
    history: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    opened: list[bool] = []
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def spy(cls, path, **kwargs):  # noqa: ANN001, ANN202
        opened.append(kwargs.get("read_only", False))
        if not kwargs.get("read_only"):
            raise StoreError(f"{path}: cannot open the history database: not writable")
        return real_open(cls, path, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(spy))
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    code, out, err = run(["--data-dir", str(history), *command], capsys)
    assert code == 0, err
    assert opened == [True]
    assert "mini" in out


def test_read_only_open_refuses_a_history_that_needs_a_migration(history: Path) -> None:
    path = database_path(history)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 1")
    with pytest.raises(StoreError, match="must be updated"):
        Store.open(path, read_only=True)
