"""A long prompt can be read whole during the question: it grows when there is room and
scrolls (with a note saying so) when there is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from textual.geometry import Size
from textual.widgets import Static, TextArea

from interviewer.core.bank import Bank, Question, Topic
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.prompt_view import PromptView

SENTENCE = (
    "Explain how a retrieval-augmented system with re-ranking, caching, query rewriting and "
    "guardrails behaves under load, "
)
LONG_PROMPT = (SENTENCE * 12)[:1360] + " and what would you monitor?"


def bank_with(prompt: str) -> Bank:
    return Bank(
        id="long",
        title="Long",
        version="1",
        topics=(Topic("hard", "Hard stuff"),),
        questions=(
            Question(
                id="long-1",
                prompt=prompt,
                reference_answers=("Watch latency percentiles, cache hit rate and refusals.",),
                topic="hard",
                level="intermediate",
            ),
        ),
    )


def make_app(prompt: str) -> InterviewApp:
    config = SessionConfig(bank_id="long", mode="practice", count=1, untimed=True)
    return InterviewApp(
        catalog=Catalog(None),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=Path("/nonexistent-export-dir"),
        start=(bank_with(prompt), config),
    )


def lines_needed(prompt: Static) -> int:
    width = prompt.content_region.width
    return prompt.get_content_height(Size(width, 100), Size(width, 100), width)


async def test_long_prompt_shows_whole_when_there_is_room() -> None:
    assert len(LONG_PROMPT) > 1_350
    app = make_app(LONG_PROMPT)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        screen = app.screen
        prompt = screen.query_one("#prompt", Static)
        box = screen.query_one(PromptView)
        assert lines_needed(prompt) > 8
        assert prompt.size.height == lines_needed(prompt), "the prompt is cut"
        assert box.size.height == prompt.size.height and not box.overflows
        assert not box.has_class("-overflows") and not box.border_subtitle
        assert screen.query_one("#answer", TextArea).size.height >= 10


@pytest.mark.parametrize("size", [(80, 24), (100, 32)])
async def test_long_prompt_scrolls_when_the_screen_is_small(size: tuple[int, int]) -> None:
    app = make_app(LONG_PROMPT)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        screen = app.screen
        prompt = screen.query_one("#prompt", Static)
        box = screen.query_one(PromptView)
        editor = screen.query_one("#answer", TextArea)
        assert prompt.size.height == lines_needed(prompt), "the prompt is cut"
        assert box.overflows and box.size.height < prompt.size.height
        assert box.has_class("-overflows") and "shift+tab" in box.border_subtitle
        assert editor.size.height >= 6 and editor.has_focus
        await pilot.press("h", "i")
        await pilot.press("shift+tab")
        assert box.has_focus
        await pilot.press("end")
        await pilot.pause()
        # scrolled to its end: the prompt's last line is the box's last visible row
        viewport = box.scrollable_content_region.height
        assert box.scroll_y == box.max_scroll_y == prompt.size.height - viewport
        assert box.border_subtitle.startswith("end of the question")
        await pilot.press("tab")
        await pilot.press("!")
        assert editor.has_focus and editor.text == "hi!"


async def test_short_prompt_is_not_a_tab_stop_and_has_no_note() -> None:
    app = make_app("What is overfitting?")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        screen = app.screen
        box = screen.query_one(PromptView)
        assert box.size.height == 1 and not box.overflows
        assert not box.has_class("-overflows") and not box.border_subtitle
        assert not box.allow_focus()


async def test_retry_screen_shows_the_long_prompt_the_same_way() -> None:
    from interviewer.tui.screens.feedback import FeedbackScreen
    from interviewer.tui.screens.retry import RetryScreen

    app = make_app(LONG_PROMPT)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("Latency and cache hit rate.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RetryScreen))
        await pilot.pause()
        prompt = app.screen.query_one("#prompt", Static)
        assert lines_needed(prompt) > 8 and prompt.size.height == lines_needed(prompt)
        assert not app.screen.query_one(PromptView).overflows


async def test_typing_while_the_prompt_has_focus_goes_to_the_answer() -> None:
    """play22 F17: with the scrolled prompt focused, typed characters were silently lost."""
    app = make_app(LONG_PROMPT)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        box = app.screen.query_one(PromptView)
        editor = app.screen.query_one("#answer", TextArea)
        await pilot.press("h", "i", "shift+tab")
        assert box.has_focus
        await pilot.press("down", "space", "a")  # keys still scroll; a character is typed
        await wait_for(pilot, lambda: editor.has_focus)
        await pilot.press("b")
        assert editor.text == "hi ab"
