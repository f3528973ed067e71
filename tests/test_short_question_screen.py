"""The question screen in a terminal under 24 rows: no blank lines around the prompt, no empty
status line, footer keys whole (ux35: at 40x12 the answer box had 2 lines, "^q Qu")."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.widgets._footer import FooterKey

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor
from interviewer.tui.widgets.app_footer import whole_keys


def key(display: str, description: str, action: str) -> FooterKey:
    return FooterKey(display, display, description, action)


def test_keys_that_do_not_fit_whole_are_left_out_quit_last() -> None:
    keys = [
        key("^s", "Send", "send"),
        key("f1", "Clue", "clue"),
        key("f9", "Later", "later"),
        key("^q", "Quit", "app.leave"),
    ]
    widths = [8, 8, 9, 8]  # "^s Send " ...
    assert whole_keys(list(keys), sum(widths)) == keys
    assert whole_keys(list(keys), sum(widths) - 1) == [keys[0], keys[1], keys[3]]
    assert whole_keys(list(keys), 16) == [keys[0], keys[3]]
    assert whole_keys(list(keys), 8) == [keys[3]]
    assert whole_keys(list(keys), 3) == []


async def test_the_question_screen_at_40x12_gives_the_answer_room(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    genai = Catalog(None).find("genai")
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=3)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(40, 12)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        screen = app.screen
        assert screen.has_class("-short")
        editor = screen.query_one("#answer", AnswerEditor)
        assert editor.region.height >= 5  # 3 lines of text inside its border (2 before)
        assert screen.query_one("#prompt-box").region.y == 1  # right under the question bar
        assert not screen.query_one("#status").display
        shown = [k for k in screen.query(FooterKey) if k.display and k.region.width]
        assert all(k.region.right <= 40 for k in shown)
        assert any(k.description == "Quit" for k in shown)
        # a status message still shows
        screen.flash("Saved.")  # type: ignore[attr-defined]
        await pilot.pause()
        assert screen.query_one("#status").display


async def test_a_tall_terminal_keeps_the_roomy_layout(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    genai = Catalog(None).find("genai")
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=3)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        screen = app.screen
        assert not screen.has_class("-short")
        assert screen.query_one("#prompt-box").region.y == 2  # a blank line above the prompt
        assert screen.query_one("#status").display
