"""A bank practised by its file path (`start --bank banks/x.yaml`) is found again by the
session's report, regrade and resume, after the process has ended."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import exit_status as run
from store_helpers import old_history

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.errors import BankError
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import cache_dir, data_dir, database_path

DATA = Path(__file__).parent / "data"


@pytest.fixture
def own_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mini bank as a user's own project, outside the data dir, with the shell in it."""
    project = tmp_path / "project"
    for kind in ("banks", "rubrics"):
        (project / kind).mkdir(parents=True)
        shutil.copy(DATA / kind / "mini.yaml", project / kind / "mini.yaml")
    monkeypatch.chdir(project)
    return project / "banks" / "mini.yaml"


def _catalog() -> Catalog:
    return Catalog(data_dir(None), cache_dir(None))


def _session_by_path(answer: str = "A neural network trained to predict the next token.") -> str:
    """What `start --bank banks/mini.yaml` records: a session with one graded answer."""
    bank = _catalog().find("banks/mini.yaml")
    with Store.open(database_path(data_dir(None)), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id=bank.id, count=1, seed=1), bank)
        store.record_answer(
            session.id, position=1, question=bank.get("mini-001"), answer=answer, seconds=20,
            time_limit=60, score=40.0, band="weak", grade={"score": 40.0, "band": "weak"},
            grader_version="0.1",
        )  # fmt: skip
        store.finish_session(session.id, None)
        return session.id


def test_a_session_remembers_the_absolute_path_of_its_bank_file(own_bank: Path) -> None:
    session_id = _session_by_path()
    with Store.open(database_path(data_dir(None))) as store:
        session = store.get_session(session_id)
    assert session is not None and session.bank_path == own_bank.resolve()
    bank = _catalog().find_session_bank(session.bank_id, session.bank_path)
    assert bank.title == "Mini test bank" and "mini-001" in bank


def test_report_of_a_bank_practised_by_path_has_its_title_and_references(
    own_bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    session_id = _session_by_path()
    monkeypatch.chdir(tmp_path)  # a new shell, elsewhere: the relative path no longer resolves
    assert run("report", "latest", "--format", "md") == 0
    captured = capsys.readouterr()
    assert "cannot be loaded" not in captured.err
    assert "Mini test bank" in captured.out
    assert "trained on a very" in captured.out  # the reference answer
    assert run("regrade", session_id[:8]) == 0
    assert "cannot be loaded" not in capsys.readouterr().out


def test_a_moved_bank_file_is_named_in_the_warning(own_bank: Path, capsys) -> None:
    _session_by_path()
    own_bank.rename(own_bank.with_name("renamed.yaml"))
    assert run("report", "latest", "--format", "json") == 0
    err = capsys.readouterr().err
    assert f"bank 'mini' cannot be loaded ({own_bank.resolve()}: " in err
    assert "no longer there" in err


def test_a_bank_file_that_now_holds_another_bank_is_not_used(own_bank: Path) -> None:
    session_id = _session_by_path()
    own_bank.write_text(own_bank.read_text().replace("id: mini\n", "id: other\n", 1))
    with Store.open(database_path(data_dir(None))) as store:
        session = store.get_session(session_id)
    assert session is not None
    with pytest.raises(BankError, match="now holds bank 'other', not 'mini'"):
        _catalog().find_session_bank(session.bank_id, session.bank_path)


def test_an_installed_bank_is_found_by_id_not_by_its_recorded_file(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    """A session of a data-dir bank finds it by id: the data dir may move (`--data-dir`)."""
    for kind in ("banks", "rubrics"):
        (isolated_data_dir / kind).mkdir(parents=True)
        shutil.copy(DATA / kind / "mini.yaml", isolated_data_dir / kind / "mini.yaml")
    bank = _catalog().find("mini")
    moved = tmp_path / "moved"
    shutil.copytree(isolated_data_dir, moved)
    recorded = isolated_data_dir / "banks" / "mini.yaml"
    shutil.rmtree(isolated_data_dir)
    found = Catalog(moved, moved / "cache").find_session_bank(bank.id, recorded)
    assert found.source is not None and found.source.resolve() == (moved / "banks" / "mini.yaml")


def test_sessions_of_a_schema_3_history_are_read_without_a_bank_path(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    raw = old_history(path, 3)
    raw.execute(
        "INSERT INTO sessions (id, bank_id, bank_version, mode, config_json, started_at)"
        " VALUES ('s1', 'genai', '1', 'interview', ?, '2025-01-06T09:00:00+00:00')",
        ('{"bank_id": "genai", "seed": 1}',),
    )
    raw.commit()
    raw.close()
    with Store.open(path) as store:
        [session] = store.list_sessions()
    assert session.id == "s1" and session.bank_path is None
    assert _catalog().find_session_bank(session.bank_id, session.bank_path).id == "genai"


def test_history_finds_the_sessions_of_a_bank_named_by_its_path(
    own_bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """play23 F10: `history --bank banks/physics.yaml` said "No sessions of bank ..." while
    `--bank physics` listed the session started with that path."""
    import json

    session_id = _session_by_path()
    for name in ("banks/mini.yaml", str(own_bank), "mini"):
        assert run("history", "--bank", name) == 0
        assert session_id[:8] in capsys.readouterr().out, name
        assert run("history", "--bank", name, "--json") == 0
        assert [e["id"] for e in json.loads(capsys.readouterr().out)] == [session_id], name
    # another file of the same bank id is another bank's file: none of its sessions
    other = own_bank.with_name("copy.yaml")
    shutil.copy(own_bank, other)
    assert run("history", "--bank", "banks/copy.yaml") == 0
    assert "No sessions of bank 'banks/copy.yaml' yet." in capsys.readouterr().out
    # the file gone, its sessions are still found by the path they recorded
    own_bank.unlink()
    assert run("history", "--bank", "banks/mini.yaml") == 0
    assert session_id[:8] in capsys.readouterr().out
