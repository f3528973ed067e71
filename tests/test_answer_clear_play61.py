"""play61 (left by play60): a 20,000-character paste could not be cleared in a few keys:
`ctrl+a` went to the line's start (TextArea's own binding) and `Delete` then took one
character. In the answer box `ctrl+a` selects the whole answer, so `ctrl+a` `Delete` (or
`Backspace`) clears it; `ctrl+z` brings it back, and `home` still goes to the line's start."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual import events

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor

PASTE = "A hash function maps a key to a bucket, and a queue is not that.\n" * 310


async def test_ctrl_a_then_delete_clears_a_long_paste(tmp_path: Path) -> None:
    assert len(PASTE) > 20_000
    bank = Catalog(None).find("genai")
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1, time_limit=600)
    app = make_app(store, tmp_path, start=(bank, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        editor = app.screen.query_one(AnswerEditor)
        editor.focus()
        assert app._driver is not None
        app._driver.send_message(events.Paste(PASTE))
        await wait_for(pilot, lambda: len(editor.text) >= 19_000)  # the box keeps 20,000
        pasted = editor.text
        await pilot.press("ctrl+a", "delete")
        await wait_for(pilot, lambda: editor.text == "")
        assert editor.border_subtitle == "0 words"
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: editor.text == pasted)
        await pilot.press("end", "home")
        assert editor.cursor_location[1] == 0 and editor.selected_text == ""
