"""The history file damaged under a running session: the answer in the box (and the session's
answers) go to a rescue file in the data dir, the candidate is told where, and the screen that
sets the damaged file aside is offered. Nothing typed is lost (a toast was all there was)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pilot_helpers import wait_for
from textual.widgets import TextArea

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.errors import StoreError
from interviewer.core.interview import InterviewRun
from interviewer.core.rescue import RescuedAnswer, write_rescue
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui import screens
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.damaged import DamagedHistoryScreen
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"
SIZE = (80, 24)


def app_in(data: Path) -> InterviewApp:
    """An interview of the mini bank (3 questions), over a real history file in `data`."""
    (data / "banks").mkdir(parents=True)
    shutil.copy(MINI, data / "banks" / "mini.yaml")
    catalog = Catalog(data)
    config = SessionConfig(bank_id="mini", count=3, seed=1, untimed=True)
    return InterviewApp(
        catalog=catalog,
        store=Store.open(data / "history.sqlite3"),
        clock=FakeClock(),
        export_dir=data / "exports",
        start=(catalog.find("mini"), config),
    )


def damage(path: Path) -> None:
    """What a failing disk does under the running app: its WAL checkpointed into the file by
    another connection, then garbage written over the file."""
    other = sqlite3.connect(path)
    other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.close()
    path.write_bytes(b"garbage " * 2000)


def rescued(data: Path) -> dict:
    [path] = data.glob("rescued-answers-*.json")
    return json.loads(path.read_text(encoding="utf-8"))


async def test_damage_found_on_submit_rescues_the_answer_and_offers_the_way_out(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    app = app_in(data)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await pilot.press(*"first answer")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.run.plan.position == 2 and not screen._busy)
        [session] = app.store.list_sessions()
        await wait_for(pilot, lambda: app.store.answers(session.id)[0].score is not None)
        await pilot.press(*"second answer typed as the disk fails")
        damage(data / "history.sqlite3")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        [rescue_file] = data.glob("rescued-answers-*.json")
        assert str(rescue_file) in str(app.screen.query_one("#damaged-text").render())
        content = rescued(data)
        assert content["session"] == session.id and content["history_file"].endswith("sqlite3")
        assert [
            (a["position"], a["answer"], a["saved_to_history"]) for a in content["answers"]
        ] == [
            (1, "first answer", True),
            (2, "second answer typed as the disk fails", False),
        ]
        await pilot.press("escape")  # back: the answer is still in the box
        await wait_for(pilot, lambda: app.screen is screen)
        editor = screen.query_one("#answer", TextArea)
        assert editor.text == "second answer typed as the disk fails" and not editor.read_only
        await pilot.press("ctrl+s")  # the way out is offered again
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        app.clock.advance(5)  # type: ignore[attr-defined]  # time on the screen: a pause
        await pilot.press("m")  # the pause is not saved (the history is closed): no crash
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
    app.store.close()
    assert rescued(data)["answers"][1]["answer"] == "second answer typed as the disk fails"
    [kept] = data.glob("history.sqlite3.damaged-*")
    assert kept.read_bytes() == b"garbage " * 2000


async def test_leaving_with_a_damaged_history_rescues_the_draft_instead_of_claiming_it_saved(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    app = app_in(data)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press(*"a draft")
        damage(data / "history.sqlite3")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 2
    [rescue_file] = data.glob("rescued-answers-*.json")
    assert rescued(data)["answers"] == [
        {
            "position": 1,
            "question_id": rescued(data)["answers"][0]["question_id"],
            "question": rescued(data)["answers"][0]["question"],
            "answer": "a draft",
            "seconds": 0.0,
            "saved_to_history": False,
        }
    ]
    assert (data / "history.sqlite3").read_bytes() == b"garbage " * 2000  # Quit moves nothing


def test_a_rescue_file_is_never_written_over_and_says_why_it_cannot_be(tmp_path: Path) -> None:
    bank = load_bank(MINI)
    clock = FakeClock(start=datetime(2025, 1, 6, 9, 0, 0, tzinfo=timezone.utc))
    with Store.open(tmp_path / "history.sqlite3", clock=clock) as store:
        run = InterviewRun.start(
            bank=bank,
            store=store,
            clock=clock,
            config=SessionConfig(bank_id="mini", count=2, seed=1),
            grader_factory=lambda b: None,  # type: ignore[arg-type,return-value]
        )
        question = run.next_question()
        assert question is not None
        clock.advance(12)
        first = run.rescue(tmp_path, "typed", "file is not a database")
        second = run.rescue(tmp_path, "   ", "file is not a database")  # the same second
        assert first != second and second.name.endswith("-2.json")
        assert json.loads(first.read_text())["answers"] == [
            {
                "position": 1,
                "question_id": question.id,
                "question": question.prompt,
                "answer": "typed",
                "seconds": 12.0,
                "saved_to_history": False,
            }
        ]
        assert json.loads(second.read_text())["answers"] == []  # an empty box is no answer
        assert run.rescue(tmp_path, "more typed", "x", first) == first  # its own file, over
        assert json.loads(first.read_text())["answers"][0]["answer"] == "more typed"
        session = run.session
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("a file where the data dir should be")
    answer = RescuedAnswer(1, "mini-001", "Q?", "text")
    with pytest.raises(StoreError, match="cannot write the rescue file"):
        write_rescue(not_a_folder, session, "h", "r", [answer], clock.now())


async def test_damage_found_by_the_autosave_keeps_typing_in_the_box(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The way out is shown on a key that asked to save, never while typing: "m" typed into an
    answer would have moved the history aside."""
    monkeypatch.setattr(screens.interview, "AUTOSAVE_SECONDS", 0.05)
    data = tmp_path / "data"
    app = app_in(data)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        await pilot.press(*"a model")
        damage(data / "history.sqlite3")
        await wait_for(pilot, lambda: list(data.glob("rescued-answers-*.json")))
        await pilot.press(*" made of many parts")
        await wait_for(
            pilot, lambda: rescued(data)["answers"][0]["answer"] == "a model made of many parts"
        )
        assert app.screen is screen
        assert screen.query_one("#answer", TextArea).text == "a model made of many parts"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen))
    app.store.close()
    assert len(list(data.glob("rescued-answers-*.json"))) == 1  # one file, kept up to date
