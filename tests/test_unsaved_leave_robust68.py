"""robust68: leaving a session while the history file will not take the draft (a full disk, a
file another program keeps locked) lost the answer in the box without a word: the leave went
on as if it were saved. Now the answer goes to a rescue file (beside the history, else in the
temporary folder), the candidate is told where and stays this once; leaving again goes.
Each test runs over a real SQLite file in `tmp_path`."""

from __future__ import annotations

import errno
import json
import sqlite3
import tempfile
from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for
from textual.pilot import Pilot

from interviewer.core import rescue
from interviewer.core.catalog import Catalog
from interviewer.core.errors import StoreError
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui import screens
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor

TYPED = "evaluation shows whether the model works"


def app_over(tmp_path: Path) -> tuple[InterviewApp, Store, Path]:
    """The app starting a 2-question untimed session over `tmp_path/data/history.sqlite3`."""
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open(data / "history.sqlite3")
    config = SessionConfig(bank_id="genai", count=2, seed=4, untimed=True)
    app = make_app(store, tmp_path, start=(Catalog(None).find("genai"), config))
    return app, store, data


async def typed(pilot: Pilot, app: InterviewApp) -> InterviewScreen:
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    await pilot.press(*TYPED)
    await pilot.pause()
    return screen


async def leave(pilot: Pilot, app: InterviewApp) -> None:
    await pilot.press("ctrl+q")
    await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
    await pilot.press("y")
    await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
    await pilot.pause()


def said(app: InterviewApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def the_rescued_answer(folder: Path) -> dict:
    [path] = folder.glob("rescued-answers-*.json")
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["what"] == rescue.UNSAVED
    [answer] = content["answers"]
    assert not answer["saved_to_history"]
    return answer


async def left_told_then_gone(pilot: Pilot, app: InterviewApp, folder: Path) -> None:
    """Leave: the app stays on the question, says where the answer is kept; leave again: it
    goes."""
    await leave(pilot, app)
    assert isinstance(app.screen, InterviewScreen)
    assert app.return_code is None
    [path] = folder.glob("rescued-answers-*.json")
    assert f"Your answer is kept in {path}" in said(app).replace("\n", " ")
    assert the_rescued_answer(folder)["answer"] == TYPED
    await leave(pilot, app)
    await wait_for(pilot, lambda: app.return_code is not None)


async def test_leaving_a_full_history_keeps_the_draft_in_a_rescue_file(tmp_path: Path) -> None:
    """The disk is full (SQLite's own SQLITE_FULL: the file may not grow by a page)."""
    app, store, data = app_over(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed(pilot, app)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        longer = TYPED + " more words" * 600  # a draft that needs pages of its own
        with pytest.raises(StoreError, match="disk is full"):
            screen.run.checkpoint(longer)
        screen.query_one("#answer", AnswerEditor).load_text(longer)
        await pilot.pause()
        await leave(pilot, app)
        assert isinstance(app.screen, InterviewScreen)
        answer = the_rescued_answer(data)
        assert answer["answer"].startswith(TYPED + " more words")
        assert "the disk is full" in said(app)
        await leave(pilot, app)
        await wait_for(pilot, lambda: app.return_code is not None)


async def test_leaving_a_locked_history_keeps_the_draft_in_a_rescue_file(tmp_path: Path) -> None:
    """Another program holds a write lock past the screen's wait."""
    app, _store, data = app_over(tmp_path)
    holder = sqlite3.connect(data / "history.sqlite3", isolation_level=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await typed(pilot, app)
        holder.execute("BEGIN EXCLUSIVE")
        await left_told_then_gone(pilot, app, data)
        assert "locked by another program" in said(app)
        holder.execute("ROLLBACK")
    holder.close()


async def test_leaving_while_a_submitted_answer_waits_for_a_locked_file_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ctrl+s found the file locked ("Saving…", retried): leaving then dropped the answer."""
    monkeypatch.setattr(screens.interview.submitting, "SAVE_RETRY_SECONDS", 0.05)
    app, _store, data = app_over(tmp_path)
    holder = sqlite3.connect(data / "history.sqlite3", isolation_level=None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed(pilot, app)
        holder.execute("BEGIN EXCLUSIVE")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen._saving_since is not None)
        await left_told_then_gone(pilot, app, data)
        holder.execute("ROLLBACK")
    holder.close()


async def test_a_history_folder_that_takes_no_file_sends_the_rescue_to_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk under the history is full for the rescue file too (a failing write there):
    the answer goes to the system's temporary folder, and no empty file is left beside."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    write = rescue._write

    def full_beside(path: Path, text: str, mode: str) -> None:
        if path.parent.name == "data":
            with open(path, mode, encoding="utf-8"):
                raise OSError(errno.ENOSPC, "No space left on device")
        write(path, text, mode)

    monkeypatch.setattr(rescue, "_write", full_beside)
    app, _store, data = app_over(tmp_path)
    holder = sqlite3.connect(data / "history.sqlite3", isolation_level=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await typed(pilot, app)
        holder.execute("BEGIN EXCLUSIVE")
        await left_told_then_gone(pilot, app, temporary)
        assert not list(data.glob("rescued-answers-*"))
        holder.execute("ROLLBACK")
    holder.close()


def test_rescue_folders_are_beside_the_history_then_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    assert rescue.rescue_folders(str(tmp_path / "data" / "h.sqlite3")) == (
        tmp_path / "data",
        tmp_path / "tmp",
    )
    assert rescue.rescue_folders(":memory:") == (tmp_path / "tmp",)
