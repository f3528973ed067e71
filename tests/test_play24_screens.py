"""The screen faults of the play24 test, each pinned by a Pilot test."""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from pathlib import Path

import pytest
from pilot_helpers import make_app, open_history, wait_for
from rich.cells import cell_len
from textual.color import Color
from textual.pilot import Pilot
from textual.widgets import DataTable, Label, TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.report import format_score
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui import screens
from interviewer.tui.app import InterviewApp
from interviewer.tui.contrast import VISIBLE, worst_contrast
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import SAVING_BUSY, InterviewScreen


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def session_of(
    store: Store, clock: FakeClock, bank: Bank, answers: list[str], *, finish: bool, count: int
) -> str:
    """A session of `bank` with these answers ("" skips), finished or left."""
    config = SessionConfig(bank_id=bank.id, count=count, seed=3)
    run = InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    for text in answers:
        assert run.next_question() is not None
        clock.advance(30)
        run.grade(run.submit(text, skipped=not text))
    session_id = run.finish().id if finish else run.session.id
    clock.advance(3600)
    return session_id


# -- D3: a locked history file -----------------------------------------------------------------


def app_over_a_file(genai: Bank, tmp_path: Path) -> tuple[InterviewApp, Store, sqlite3.Connection]:
    """The app starting a 2-question session over a history file (the store waits its own 5 s
    for a lock, as the app opens it), and another program's connection to that file."""
    path = tmp_path / "history.sqlite3"
    store = Store.open(path)
    config = SessionConfig(bank_id="genai", count=2, seed=4)
    app = make_app(store, tmp_path, start=(genai, config))
    return app, store, sqlite3.connect(path, isolation_level=None)


async def typed_and_locked(
    pilot: Pilot, app: InterviewApp, holder: sqlite3.Connection
) -> InterviewScreen:
    """`attention` typed on the first question, then the file locked by the other program."""
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    await pilot.press(*"attention")
    holder.execute("BEGIN EXCLUSIVE")
    return screen


async def test_a_submit_into_a_locked_history_says_so_at_once_and_saves_when_free(
    genai: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """play24 D3: with another program holding the history file, ctrl+s froze the screen for
    about 20 s with no sign. Now it says "Saving…" within a second, the screen keeps working,
    and the answer is saved, once and as typed, when the file is free."""
    monkeypatch.setattr(screens.interview.submitting, "SAVE_RETRY_SECONDS", 0.1)
    app, store, holder = app_over_a_file(genai, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed_and_locked(pilot, app, holder)
        began = time.monotonic()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: str(screen.query_one("#status", Label).render()) != "")
        # the freeze was the store's ~20 s busy wait; a loaded CI machine can take seconds to
        # draw, so the bound is well under that wait rather than a tight wall-clock figure
        assert time.monotonic() - began < 8
        assert str(screen.query_one("#status", Label).render()) == SAVING_BUSY
        assert screen.query_one("#answer", TextArea).read_only
        assert screen.query_one("#progress", Label).render().plain == "1 / 2"
        await pilot.pause(0.3)  # still waiting, and the screen still answers keys
        await pilot.press("f2")  # a pause is refused while the answer is being saved
        assert not screen.has_class("-paused")
        holder.execute("ROLLBACK")
        await wait_for(pilot, lambda: str(screen.query_one("#progress", Label).render()) == "2 / 2")
        [answer] = store.answers(store.list_sessions()[0].id)
        assert answer.answer == "attention"
        assert not screen.query_one("#answer", TextArea).read_only
    holder.close()


async def test_a_submit_that_waits_too_long_gives_the_answer_box_back(
    genai: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After SAVE_PATIENCE_SECONDS the candidate gets the box back and is told how to try
    again; nothing was saved meanwhile, and ctrl+s saves it once the file is free."""
    monkeypatch.setattr(screens.interview.submitting, "SAVE_RETRY_SECONDS", 0.05)
    app, store, holder = app_over_a_file(genai, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed_and_locked(pilot, app, holder)
        await pilot.press("ctrl+s")
        status = screen.query_one("#status", Label)
        await wait_for(pilot, lambda: str(status.render()) == SAVING_BUSY)
        screen.run.clock.advance(61)  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: "not saved yet" in str(status.render()))
        assert "press ctrl+s to try again" in str(status.render())
        assert not screen.query_one("#answer", TextArea).read_only
        holder.execute("ROLLBACK")
        assert store.answers(store.list_sessions()[0].id) == []
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: str(screen.query_one("#progress", Label).render()) == "2 / 2")
        assert [a.answer for a in store.answers(store.list_sessions()[0].id)] == ["attention"]
    holder.close()


async def test_an_unsaved_submit_stays_said_while_the_draft_cannot_be_saved(
    genai: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a submitted answer gave up waiting, the draft's busy message never replaces the
    way out, even after another notice took the status line (the screen keeps the state; it
    used to look for the words on the status line)."""
    monkeypatch.setattr(screens.interview.submitting, "SAVE_RETRY_SECONDS", 0.05)
    app, store, holder = app_over_a_file(genai, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await typed_and_locked(pilot, app, holder)
        await pilot.press("ctrl+s")
        status = screen.query_one("#status", Label)
        await wait_for(pilot, lambda: str(status.render()) == SAVING_BUSY)
        screen.run.clock.advance(61)  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: "not saved yet" in str(status.render()))
        screen.flash("Something else to say.")
        assert screen._autosave()
        assert "Your answer is not saved yet (press ctrl+s to try again)" in str(status.render())
        holder.execute("ROLLBACK")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: str(screen.query_one("#progress", Label).render()) == "2 / 2")
        holder.execute("BEGIN EXCLUSIVE")
        assert screen._autosave()
        assert str(status.render()).startswith("Draft not saved yet")
        holder.execute("ROLLBACK")
    holder.close()


@pytest.mark.parametrize(("width", "shown"), [(80, "python-ch…"), (120, "python-cheats-interview")])
async def test_a_long_bank_id_is_cut_at_80_columns_only(
    genai: Bank, tmp_path: Path, width: int, shown: str
) -> None:
    """play24 D1: the bank id is cut so that every column fits at 80, and whole when wider."""
    store, clock = Store.open(":memory:"), FakeClock()
    long_bank = dataclasses.replace(genai, id="python-cheats-interview")
    session_of(store, clock, long_bank, ["attention"], finish=True, count=1)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await open_history(pilot, app)
        table = app.screen.query_one("#sessions", DataTable)
        assert str(table.get_row_at(0)[1]) == shown
        assert table.virtual_size.width <= table.scrollable_content_region.width


# -- D5: the Resume row at 80 columns --------------------------------------------------------


async def test_the_resume_row_says_how_far_the_session_got_at_80_columns(
    genai: Bank, tmp_path: Path
) -> None:
    """play24 D5: `Resume: Generativ…, 4 answered, 1 skipped, o…` cut the useful part."""
    store, clock = Store.open(":memory:"), FakeClock()
    session_of(store, clock, genai, ["a", "b", "", "c", "d"], finish=False, count=8)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        await pilot.pause()
        menu = app.screen.query_one("#menu")
        rows = [str(o.prompt) for o in menu.options if "Resume:" in str(o.prompt)]  # type: ignore[attr-defined]
        # with room in the menu, the row takes two lines and nothing is cut (ux28)
        assert rows == [
            "  Resume: Generative AI Interview Questions\n"
            "    5 of 8 done, 1 skipped, 2025-01-06 09:00"
        ]
        assert all(
            cell_len(line) <= menu.scrollable_content_region.width for line in rows[0].split("\n")
        )


# -- D7: the trend under "All banks" -----------------------------------------------------------


@pytest.mark.parametrize("genai_sessions", [2, 1])
async def test_a_one_off_session_of_another_bank_keeps_the_trend_or_the_history_says_why(
    genai: Bank, tmp_path: Path, genai_sessions: int
) -> None:
    """play24 D7: after a one-off session of another bank, "All banks" showed no trend at
    all, and no word of why. Now the trend is genai's, named; with no bank of two finished
    sessions, the line says what a trend needs."""
    store, clock = Store.open(":memory:"), FakeClock()
    for text in ["attention", ""][:genai_sessions]:
        session_of(store, clock, genai, [text], finish=True, count=1)
    session_of(store, clock, Catalog(None).find("behavioural"), ["I led it."], finish=True, count=1)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        label = app.screen.query_one("#trend-label", Label)
        scores = [format_score(s.mean_score) for s in reversed(store.list_sessions("genai"))]
        assert label.display
        assert app.screen.query_one("#trend").display == (genai_sessions == 2)
        assert str(label.render()) == (
            f"Trend of genai interviews, 2 finished: latest {scores[-1]}, "
            f"earlier average {scores[0]}, best {max(scores, key=int)}"
            if genai_sessions == 2
            else "No trend yet: it needs 2 finished sessions of one bank and kind."
        )


# -- D8: unticked topic boxes ------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_an_unticked_topic_box_stands_out_from_the_list(tmp_path: Path, theme: str) -> None:
    """play24 D8: in the light theme the empty box was colour 251 on 252, nearly invisible."""
    app: InterviewApp = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query("#topics")))
        app.theme = theme
        await pilot.pause()
        topics = app.screen.query_one("#topics")
        box = topics.get_component_rich_style("selection-list--button").bgcolor
        ground = topics.styles.background
        assert box is not None
        box_colour = Color(*box.get_truecolor())
        assert worst_contrast(box_colour, [ground]) >= VISIBLE
