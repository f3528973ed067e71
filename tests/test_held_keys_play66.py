"""play66 (play65's notes): three gaps of the held-keys guard (`tui.type_ahead`).

- Keys typed while a submitted answer waits for a busy history file (`_save_later`, the box
  read-only up to 60 s) were dropped without a word: they are now held and said as while the
  answer is graded, handed to what follows, and given back to the box if the save gives up.
- The feedback's held note took two lines at 80 columns (its text cut at 55 characters after a
  51-character lead): every held note is now one line at 80 columns.
- In an adaptive interview, when the time ran out and keys were typed while the answer was
  graded, the next question's status line said the time's-up notice only: it says both.

The suite's fixture sets a settle time of 0 (nothing held); these tests set it."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from held_keys_helpers import MINI, HeldGrader, held_app, key_names, ready_to_type, status
from pilot_helpers import make_app, wait_for
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui import screens
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.type_ahead import HELD_PAUSE_SECONDS, TypeAhead, held_note

SETTLE = "0.35"
LONG = "and the softmax of scaled dot products of queries and keys gives the weights"


# -- one line at 80 columns -------------------------------------------------------------------


def test_a_long_held_note_is_one_line_at_80_columns() -> None:
    """Fails on the base: 107 characters (55 of text after the 51 of the lead)."""
    guard = TypeAhead(appeared=1.0, settle=0.35, until_shown=True)
    for k, character in enumerate(LONG):
        guard.holds("space" if character == " " else character, character, 1.0 + k / 100)
    note = held_note(guard)
    assert note.startswith("Typed after your answer went in, not added to it: “…")
    assert note.endswith("keys gives the weights”")
    assert len(note) <= 78
    guard = TypeAhead(appeared=1.0, settle=0.35)  # a screen's own first moments
    for k, character in enumerate(LONG):
        guard.holds("space" if character == " " else character, character, 1.0 + k / 100)
    assert len(held_note(guard)) <= 78


# -- a busy history file ----------------------------------------------------------------------


@dataclass
class LockedSave:
    """An answer ("attention") submitted while another connection holds the history file."""

    pilot: Pilot
    app: InterviewApp
    screen: InterviewScreen
    store: Store
    holder: sqlite3.Connection
    """The other connection: `holder.execute("ROLLBACK")` frees the file."""


@asynccontextmanager
async def _submitted_into_a_locked_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, retry: float, **config: object
) -> AsyncIterator[LockedSave]:
    """The genai bank at 80x24 with the settle time set, the save retried every `retry`
    seconds; the file is locked and ctrl+s pressed, and the screen says "Saving…"."""
    monkeypatch.setenv("INTERVIEWER_KEY_SETTLE", SETTLE)
    monkeypatch.setattr(screens.interview.submitting, "SAVE_RETRY_SECONDS", retry)
    path = tmp_path / "history.sqlite3"
    store = Store.open(path)
    settings = {"bank_id": "genai", "count": 2, "seed": 4, **config}
    genai = Catalog(None).find("genai")
    app = make_app(store, tmp_path, start=(genai, SessionConfig(**settings)))  # type: ignore[arg-type]
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await pilot.press(*"attention")
            holder.execute("BEGIN EXCLUSIVE")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: status(app).startswith("Saving…"))
            yield LockedSave(pilot, app, screen, store, holder)
    finally:
        holder.close()


async def test_keys_typed_while_the_answer_waits_for_a_busy_file_are_held_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the base: the box was read-only and "more words" went nowhere, unsaid."""
    async with _submitted_into_a_locked_file(tmp_path, monkeypatch, 0.1) as save:
        pilot, app, screen = save.pilot, save.app, save.screen
        await pilot.press(*key_names("more words"))
        await wait_for(pilot, lambda: "not added to it" in status(app))
        assert status(app) == "Saving… the history file is busy; not added to it: “more words”"
        save.holder.execute("ROLLBACK")
        await wait_for(pilot, lambda: screen.run.plan.position == 2)
        await wait_for(pilot, lambda: "more words" in status(app))
        assert status(app) == "Typed after your last answer went in, not added to it: “more words”"
        assert screen.query_one("#answer", TextArea).text == ""
    [answer] = save.store.answers(save.store.list_sessions()[0].id)
    assert answer.answer == "attention"


async def test_keys_held_while_saving_go_back_to_the_box_when_the_save_gives_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer is not in: the box comes back with the keys typed meanwhile, where they were
    typed; ctrl+s then saves them with it. Fails on the base (they were dropped)."""
    async with _submitted_into_a_locked_file(tmp_path, monkeypatch, 0.05) as save:
        pilot, app, screen = save.pilot, save.app, save.screen
        await pilot.press(*key_names(" heads"))
        await wait_for(pilot, lambda: "heads" in status(app))
        clock = screen.run.clock
        assert isinstance(clock, FakeClock)
        clock.advance(61)
        await wait_for(pilot, lambda: "not saved yet" in status(app))
        box = screen.query_one("#answer", TextArea)
        assert box.text == "attention heads" and not box.read_only
        save.holder.execute("ROLLBACK")
        clock.advance(HELD_PAUSE_SECONDS)
        await pilot.press("s")  # the guard is gone: the box takes keys as usual
        await pilot.pause()
        assert box.text == "attention headss"
        await pilot.press("backspace", "ctrl+s")
        await wait_for(pilot, lambda: screen.run.plan.position == 2)
    [answer] = save.store.answers(save.store.list_sessions()[0].id)
    assert answer.answer == "attention heads"


async def test_keys_held_while_saving_show_on_the_practice_feedback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _submitted_into_a_locked_file(tmp_path, monkeypatch, 0.1, mode="practice") as save:
        pilot, app = save.pilot, save.app
        await pilot.press(*key_names(LONG))
        await wait_for(pilot, lambda: "weights" in status(app))
        assert len(status(app)) <= 78
        save.holder.execute("ROLLBACK")
        await wait_for(
            pilot,
            lambda: isinstance(app.screen, FeedbackScreen) and app.screen.has_class("-held"),
        )
        held = app.screen.query_one("#feedback-held", Static)
        assert str(held.render()).endswith("keys gives the weights”")
        await pilot.pause()
        assert held.region.height == 1  # one line at 80 columns


# -- time's up and keys held, in an adaptive interview ----------------------------------------


async def test_the_next_question_says_both_the_time_up_and_the_keys_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the base: the time's-up notice alone; the keys typed on went unsaid."""
    monkeypatch.setenv("INTERVIEWER_KEY_SETTLE", SETTLE)
    grader = HeldGrader(load_bank(MINI))
    config = {"mode": "interview", "adaptive": True, "count": 3, "untimed": False}
    app = held_app(tmp_path, Store.open(":memory:"), grader, time_limit=30, **config)
    clock = app.clock
    assert isinstance(clock, FakeClock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, box = await ready_to_type(pilot, app)
        box.insert("A model trained on text")
        clock.advance(31)
        await wait_for(pilot, lambda: screen.has_class("-waiting"))
        await pilot.press(*key_names("and more"))
        await wait_for(pilot, lambda: "not added to it" in status(app))
        grader.release.set()
        await wait_for(pilot, lambda: screen.run.plan.position == 2 and not screen._busy)
        await pilot.pause()
        lines = status(app).splitlines()
        assert lines[0] == "Time's up on question 1: your answer was submitted as it was."
        assert lines[1:] == ["Typed after your last answer went in, not added to it: “and more”"]
