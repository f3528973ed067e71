"""`interviewer start` and `interviewer resume` on a damaged history file open the screen that
sets it aside (kept) and starts a fresh history, as plain `interviewer` does; `start` then goes
on to the session asked for. The commands with no screen say in one line which file is damaged
and how to recover."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pilot_helpers import wait_for
from test_crash_resume import Terminal, wait_until

from interviewer.cli import main
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreDamaged
from interviewer.core.session import SessionConfig
from interviewer.core.store import MEMORY, Store
from interviewer.paths import database_path
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.damaged import DamagedHistoryScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen

GARBAGE = b"this is no database, only garbage\n" * 300
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def garbage_history(data_dir: Path) -> Path:
    path = database_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(GARBAGE)
    return path


def refused(path: Path) -> StoreDamaged:
    with pytest.raises(StoreDamaged) as caught:
        Store.open(path)
    return caught.value


async def test_start_on_a_damaged_history_starts_the_session_once_set_aside(
    tmp_path: Path,
) -> None:
    path = garbage_history(tmp_path / "data")
    catalog = Catalog(None)
    bank = catalog.find("genai")
    config = SessionConfig(bank_id="genai", count=2, seed=5, time_limit=120)
    app = InterviewApp(
        catalog=catalog,
        store=Store.open(MEMORY),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        damaged=refused(path),
        start=(bank, config),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        await pilot.pause()
        await pilot.press("enter")  # the focused button: move it aside, start afresh
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.run.store is app.store and app.store.path == str(path)
        [session] = app.store.list_sessions()
        assert session.config.seed == 5 and session.config.count == 2
    app.store.close()
    [kept] = path.parent.glob("history.sqlite3.damaged-*")
    assert kept.read_bytes() == GARBAGE  # nothing the user had is lost
    with Store.open(path) as fresh:
        assert [s.id for s in fresh.list_sessions()] == [session.id]


def environment(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "INTERVIEWER_DATA_DIR": str(data_dir), "TERM": "xterm-256color"}


@POSIX
def test_a_real_start_on_a_garbage_history_offers_the_way_out(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    path = garbage_history(data_dir)
    command = [sys.executable, "-m", "interviewer", "start", "--count", "2", "--seed", "3"]
    terminal = Terminal(command, environment(data_dir))
    try:
        wait_until(lambda: b"history damaged" in terminal.output)
        terminal.type(b"m")
        wait_until(lambda: b"1 / 2" in terminal.output)  # the session asked for has started
    finally:
        terminal.kill()
    [kept] = data_dir.glob("history.sqlite3.damaged-*")
    assert kept.read_bytes() == GARBAGE
    with Store.open(path) as fresh:
        [session] = fresh.list_sessions()
        assert session.config.seed == 3


@POSIX
def test_a_real_resume_on_a_garbage_history_offers_the_way_out(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    path = garbage_history(data_dir)
    terminal = Terminal([sys.executable, "-m", "interviewer", "resume"], environment(data_dir))
    try:
        wait_until(lambda: b"history damaged" in terminal.output)
        terminal.type(b"q")
        terminal.process.wait(30)
    finally:
        terminal.kill()
    assert terminal.process.returncode == 2
    assert path.read_bytes() == GARBAGE  # Quit leaves it as it was
    assert not list(data_dir.glob("history.sqlite3.damaged-*"))


async def test_resume_on_a_damaged_history_goes_home_once_set_aside(tmp_path: Path) -> None:
    path = garbage_history(tmp_path / "data")
    app = InterviewApp(
        catalog=Catalog(None),
        store=Store.open(MEMORY),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        damaged=refused(path),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        await pilot.press("m")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert app.store.path == str(path) and app.store.list_sessions() == []
    app.store.close()


@pytest.mark.parametrize("argv", [("resume", "--list"), ("resume", "--close", "abcd1234")])
def test_commands_with_no_screen_name_the_file_and_the_way_out(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    path = garbage_history(isolated_data_dir)
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(path) in err and "damaged" in err
    assert "run `interviewer` to move it aside" in err and "--data-dir" in err
    assert path.read_bytes() == GARBAGE
