"""What the Pilot tests share: an app over a store, waiting for it to reach a state, and two
terminals on one session, the second having taken it over from the first."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.pilot import Pilot

if TYPE_CHECKING:
    from interviewer.core.store import Store
    from interviewer.tui.app import InterviewApp

DATA = Path(__file__).resolve().parent / "data"
"""The tests' data files (the same as conftest.DATA; importing `conftest` by name is ambiguous
once tests/grading has a conftest.py of its own)."""


async def wait_for(pilot: Pilot, condition: Callable[[], object], tries: int = 1000) -> None:
    """Pause until `condition()` is true, at most `tries` times 20 ms (a loaded machine can be
    slow); AssertionError if it never is."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition never became true")


def make_app(store: Store, tmp_path: Path, **kwargs: object) -> InterviewApp:
    """The app over `store`, with the bundled banks, a fake clock and exports under
    `tmp_path` (keyword arguments go to InterviewApp: start, resume, ...)."""
    from interviewer.core.catalog import Catalog
    from interviewer.core.clock import FakeClock
    from interviewer.tui.app import InterviewApp

    return InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        **kwargs,  # type: ignore[arg-type]
    )


async def open_history(pilot: Pilot, app: InterviewApp) -> None:
    """From the home screen the app opens on, to the history screen, drawn."""
    from interviewer.tui.screens.history import HistoryScreen
    from interviewer.tui.screens.home import HomeScreen

    await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
    app.open_history()
    await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
    await pilot.pause()


@dataclass
class TwoTerminals:
    """Two apps on one session in one history file: `first` had it open with `typed` in its
    answer box, `second` took it over and shows its question; `first` is back home."""

    session_id: str
    store: Store
    first: InterviewApp
    pilot: Pilot
    second: InterviewApp
    second_pilot: Pilot
    typed: str


def start_genai_session(store: Store) -> str:
    """The id of a new genai interview session (3 questions, seed 2) in `store`, nothing
    answered yet."""
    from interviewer.core.catalog import Catalog
    from interviewer.core.clock import FakeClock
    from interviewer.core.grading import grader_for
    from interviewer.core.interview import InterviewRun
    from interviewer.core.session import SessionConfig

    run = InterviewRun.start(
        bank=Catalog(None).find("genai"),
        store=store,
        clock=FakeClock(),
        config=SessionConfig(bank_id="genai", count=3, seed=2, mode="interview"),
        grader_factory=grader_for,
    )
    return run.session.id


@asynccontextmanager
async def two_terminals(tmp_path: Path, typed: str) -> AsyncIterator[TwoTerminals]:
    """A genai session started in `tmp_path/history.sqlite3`, open in a first app where
    `typed` is typed, then resumed in a second app (its own store on the same file) that is
    asked and takes it over (`t`); yields once the first has noticed and gone home."""
    from interviewer.core.store import Store
    from interviewer.tui.screens.home import HomeScreen
    from interviewer.tui.screens.interview import InterviewScreen
    from interviewer.tui.screens.open_elsewhere import OpenElsewhereScreen
    from interviewer.tui.widgets.answer_editor import AnswerEditor

    history = tmp_path / "history.sqlite3"
    store = Store.open(history)
    session_id = start_genai_session(store)
    first = make_app(store, tmp_path, resume=store.get_session(session_id))
    async with first.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(first.screen, InterviewScreen))
        first.screen.query_one("#answer", AnswerEditor).insert(typed)
        second_store = Store.open(history)
        second = make_app(second_store, tmp_path, resume=second_store.get_session(session_id))
        async with second.run_test(size=(80, 24)) as second_pilot:
            await wait_for(second_pilot, lambda: isinstance(second.screen, OpenElsewhereScreen))
            await second_pilot.press("t")
            await wait_for(second_pilot, lambda: isinstance(second.screen, InterviewScreen))
            # the first terminal notices within a second or so and goes home
            await wait_for(pilot, lambda: isinstance(first.screen, HomeScreen))
            yield TwoTerminals(session_id, store, first, pilot, second, second_pilot, typed)


@asynccontextmanager
async def dialog_over_interview(
    tmp_path: Path, size: tuple[int, int], *keys: str
) -> AsyncIterator[tuple[InterviewApp, Pilot]]:
    """A genai interview at `size`, then `keys` pressed at its first question (`ctrl+q`: the
    leave dialog; some text then `f3`: the skip dialog), open at the confirm dialog."""
    from interviewer.core.catalog import Catalog
    from interviewer.core.session import SessionConfig
    from interviewer.core.store import Store
    from interviewer.tui.screens.dialogs import ConfirmScreen
    from interviewer.tui.screens.interview import InterviewScreen

    genai = Catalog(None).find("genai")
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press(*keys)
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.pause()
        yield app, pilot
