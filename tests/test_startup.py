"""The app's start: collection paused until the first paint, the topic list just after it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.widgets import SelectionList, Static

import interviewer.tui.launch as launch
from interviewer.cli import main
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.collector import painted, paused_until_painted
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen


def test_collection_is_paused_inside_the_block_and_back_on_after_it() -> None:
    assert gc.isenabled()
    with paused_until_painted():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collection_stays_off_after_the_block_if_it_was_off_before() -> None:
    gc.disable()
    try:
        with paused_until_painted():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_painted_freezes_what_the_start_made_and_collects_again() -> None:
    with paused_until_painted():
        painted()
        try:
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
        finally:
            gc.unfreeze()


@pytest.mark.parametrize(
    ("runner", "argv"),
    [("run_app", []), ("run_start", ["start"]), ("run_resume", ["resume"])],
)
def test_the_app_commands_run_with_collection_paused(
    runner: str, argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def run(args: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(launch, runner, run)
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), *argv])
    assert exited.value.code == 0
    assert seen == [False]
    assert gc.isenabled()


def warm_catalog(folder: Path) -> Catalog:
    """A catalog whose bank cache holds every bank, as at every start after the first."""
    Catalog(folder, folder / "cache").load_all()
    return Catalog(folder, folder / "cache")


async def test_after_first_paint_is_called_once_the_home_screen_shows_the_bank(
    tmp_path: Path,
) -> None:
    shown: list[str] = []

    def after_first_paint() -> None:
        title = app.screen.query_one("#bank-title", Static)
        shown.append(str(title.render()))

    app = InterviewApp(
        catalog=warm_catalog(tmp_path),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        after_first_paint=after_first_paint,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("down", "up")
        await pilot.pause()
    assert len(shown) == 1
    assert "questions" in shown[0]


async def test_the_topic_list_follows_the_first_paint_and_is_filled(tmp_path: Path) -> None:
    app = InterviewApp(
        catalog=warm_catalog(tmp_path), store=Store.open(":memory:"), clock=FakeClock()
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen) and home.bank is not None
        topics = home.query_one("#topics", SelectionList)
        assert topics.option_count == len(home.bank.topics)


async def test_enter_at_once_starts_a_session_on_every_topic(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = InterviewApp(catalog=warm_catalog(tmp_path), store=store, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.run.session.config.topics == ()
