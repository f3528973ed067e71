"""Never losing work by accident: skipping, leaving and quitting all ask first."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for
from textual.widgets import Button, TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen

SIZE = (100, 32)


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


async def test_skipping_a_typed_draft_asks_first(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1, untimed=True)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        screen.query_one("#answer", TextArea).insert("two words")
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "2 words" in str(app.screen.query_one("#dialog-body").render())
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is screen)
        assert store.answers(store.list_sessions()[0].id) == []
        assert screen.query_one("#answer", TextArea).text == "two words"
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: screen.run.plan.position == 2)  # type: ignore[attr-defined]
    [skipped] = store.answers(store.list_sessions()[0].id)
    assert skipped.skipped and skipped.answer == "two words"


async def test_ctrl_n_no_longer_skips(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1, untimed=True)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen.run.plan.position == 1  # type: ignore[attr-defined]
        assert store.answers(store.list_sessions()[0].id) == []


async def test_palette_home_asks_before_leaving_a_session(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = make_app(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        session = app.screen
        session.query_one("#answer", TextArea).insert("a draft worth keeping")
        app.go_home()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is session)
        app.open_history()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is session)
        app.go_home()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        draft = store.load_draft(store.list_sessions()[0].id)
        assert draft is not None and draft.text == "a draft worth keeping"


async def test_quit_dialog_works_with_arrows_and_enter(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        dialog = app.screen
        assert "Enter" in str(dialog.query_one("#dialog-keys").render())
        assert isinstance(dialog.focused, Button) and dialog.focused.id == "dialog-cancel"
        await pilot.press("left")
        assert dialog.focused is not None and dialog.focused.id == "dialog-confirm"
        await pilot.press("right")
        assert dialog.focused is not None and dialog.focused.id == "dialog-cancel"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("right", "enter")
        await pilot.pause()
    assert app.return_code == 0
    assert not store.list_sessions()[0].finished


async def test_palette_quit_asks_during_a_session(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await app.action_quit()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await wait_for(pilot, lambda: app.screen.query("#dialog-cancel"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))


async def test_screenshot_goes_to_the_exports_folder(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = make_app(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles.count("Screenshot") == 1
        from interviewer.tui.palette import save_screenshot_to_exports

        save_screenshot_to_exports(app)
        await pilot.pause()
    shots = list((tmp_path / "exports").glob("*.svg"))
    assert len(shots) == 1


async def test_arrow_then_enter_typed_at_once_presses_the_chosen_button(
    genai: Bank, tmp_path: Path
) -> None:
    from textual import events

    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await wait_for(pilot, lambda: app.screen.query("#dialog-cancel"))
        await pilot.pause()
        app.post_message(events.Key("left", None))  # queued before focus can move
        app.post_message(events.Key("enter", None))
        await pilot.pause(0.2)
    assert app.return_code == 0
    assert store.load_draft(store.list_sessions()[0].id) is not None  # saved on the way out


async def test_a_palette_open_when_feedback_arrives_is_closed_not_buried(
    genai: Bank, tmp_path: Path
) -> None:
    """play29 F21: the palette opened while an answer was graded stayed under the feedback
    screen, and the next ctrl+p crashed the app (two widgets with the id of the palette)."""
    from textual.command import CommandPalette

    from interviewer.tui.screens.feedback import FeedbackScreen

    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1, mode="practice")
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        session = app.screen
        session.query_one("#answer", TextArea).insert("an answer the clock submits")
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        session._submit(timed_out=True)  # type: ignore[attr-defined]  # as the clock does
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert not any(isinstance(s, CommandPalette) for s in app.screen_stack)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert sum(isinstance(s, CommandPalette) for s in app.screen_stack) == 1
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
    assert len(store.answers(store.list_sessions()[0].id)) == 1
