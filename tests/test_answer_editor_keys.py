"""Keys typed faster than the answer box draws them (a paste that a terminal without bracketed
paste types out, one key per character) go in together, in order, and the time they take is
saved with the draft (play27 minor 4)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual import events
from textual.app import App, ComposeResult
from textual.widgets.text_area import Edit, EditResult

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor


class CountingEditor(AnswerEditor):
    """An answer box that counts its edits."""

    def __init__(self) -> None:
        super().__init__(id="answer")
        self.edits = 0

    def edit(self, edit: Edit) -> EditResult:
        self.edits += 1
        return super().edit(edit)


class EditorApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CountingEditor()

    def on_mount(self) -> None:
        self.query_one(CountingEditor).focus()


def keys(text: str) -> list[events.Key]:
    return [events.Key("enter" if c == "\n" else c, None if c == "\n" else c) for c in text]


def type_out(app: App, typed: list[events.Key]) -> None:
    """Queue the keys at once, as a terminal's driver does with a paste typed out."""
    assert app._driver is not None
    for key in typed:
        app._driver.send_message(key)


async def test_a_paste_typed_out_key_by_key_goes_in_as_a_few_edits() -> None:
    """One edit per key wrapped the whole paragraph again each time: 2,000 characters took
    19 s in tmux at 80x24 (2.9 s now)."""
    text = "attention weighs every token against every other token.\n" * 20
    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.query_one(CountingEditor)
        type_out(app, keys(text))
        await wait_for(pilot, lambda: editor.text == text)
        assert editor.edits <= len(text) // 20, editor.edits
        assert editor.border_subtitle == f"{len(text.split())} words"


async def test_a_key_that_is_not_typed_text_acts_after_the_text_typed_before_it() -> None:
    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.query_one(CountingEditor)
        type_out(app, [*keys("one\ntwo"), events.Key("backspace", None)])
        await wait_for(pilot, lambda: editor.text == "one\ntw")


async def test_a_bracketed_paste_goes_after_the_keys_typed_before_it() -> None:
    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.query_one(CountingEditor)
        type_out(app, keys("typed "))
        assert app._driver is not None
        app._driver.send_message(events.Paste("pasted"))
        await wait_for(pilot, lambda: "pasted" in editor.text)
        assert editor.text == "typed pasted"


async def test_the_time_a_flood_of_keys_takes_is_saved_with_the_draft(tmp_path: Path) -> None:
    """While keys pour in, the autosave timer is held up: the time used was saved only when
    they stopped, and a crash in between gave that time back."""
    bank = Catalog(None).find("genai")
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1, time_limit=600)
    app = make_app(store, tmp_path, start=(bank, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await wait_for(pilot, lambda: screen.run.timer is not None and screen.run.timer.started)
        screen.run.clock.advance(20)  # type: ignore[attr-defined]  # a FakeClock
        type_out(app, keys("the keys of a paste "))
        await wait_for(pilot, lambda: screen.query_one(AnswerEditor).text.endswith("paste "))
        await pilot.pause()
        session_id = store.list_sessions()[0].id
        draft = store.load_draft(session_id)
        assert draft is not None and draft.text == "the keys of a paste "
        assert draft.seconds_used >= 20
