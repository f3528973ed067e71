"""List lines wrap under their own first word, not at the left edge (ux35 known fault): the
practice feedback's advice and concepts, the report's next steps and the bank browser's
tagged question list."""

from __future__ import annotations

import re
from pathlib import Path

from pilot_helpers import make_app, wait_for
from rich.console import Console
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import OptionList

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.browser import BankBrowserScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor
from interviewer.tui.widgets.hanging_text import hanging, hanging_item


def printed(renderable: object, width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def drawn(widget: Widget) -> list[str]:
    """The lines `widget` draws, as text."""
    region = Region(0, 0, widget.size.width, widget.size.height)
    return [strip.text.rstrip() for strip in widget.render_lines(region)]


def test_an_item_wraps_under_its_text_not_under_its_marker() -> None:
    item = hanging_item("B ", "How would you group the popular tools, with an example of each?")
    lines = printed(item, 24)
    assert lines[0].startswith("B How") and len(lines) > 2
    assert all(line.startswith("  ") and line[2] != " " for line in lines[1:]), lines
    assert str(item) == "B How would you group the popular tools, with an example of each?"


def test_an_item_shows_markup_and_escapes_as_text() -> None:
    item = hanging_item("I ", "What does [bold]x[/bold] do after \x1b[31m?")
    assert printed(item, 80) == ["I What does [bold]x[/bold] do after \ufffd[31m?"]


def test_a_bullet_of_advice_wraps_under_its_first_word() -> None:
    text = "• Not detected: 'context window': the window is bounded, beyond it no memory.\nEnd."
    lines = printed(hanging(text), 30)
    assert lines[0].startswith("• Not detected") and lines[-1] == "End."
    assert all(line.startswith("  ") for line in lines[1:-1]), lines


def _hangs(lines: list[str], marker: str) -> bool:
    """Every line either starts an item with `marker` or is indented past the marker."""
    indent = " " * len(marker)
    return all(line.lstrip().startswith(marker) or line.startswith(indent) for line in lines)


async def test_feedback_and_report_bullets_wrap_under_their_first_word(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=3)
    app = make_app(store, tmp_path, start=(Catalog(None).find("genai"), config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", AnswerEditor).insert("It does things with tokens.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.pause()
        advice = drawn(app.screen.query_one("#fb-advice"))
        assert len([line for line in advice if line.startswith("• ")]) < len(advice)  # wraps
        assert _hangs(advice, "• "), advice
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause()
        steps = drawn(app.screen.query_one("#report-next"))
        assert len(steps) > 1 and _hangs(steps, "• "), steps


async def test_the_browser_list_wraps_a_long_prompt_under_its_text(tmp_path: Path) -> None:
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(BankBrowserScreen(Catalog(None).find("genai")))
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        await pilot.pause()
        listed = drawn(app.screen.query_one("#browser-questions", OptionList))
        lines = [line for line in listed if line.strip()]
        tagged = [line for line in lines if re.match(r"^[ ▸]+[BIE] \S", line)]
        assert tagged and len(tagged) < len(lines)  # some prompt wraps at 80 columns
        for line in lines:
            assert line in tagged or re.match(r"^ {4,}\S", line), lines


def test_a_summary_value_leaves_no_word_alone_on_its_last_line() -> None:
    from interviewer.tui.screens.report_lines import SUMMARY_LABEL, summary_text

    value = "29 / 100 (mostly missing); the 1 skipped question counts as 0"
    width = SUMMARY_LABEL + len(value) - 2  # one cell short: "0" alone on a second line
    lines = summary_text([("Score", value)], width).splitlines()
    assert lines == [
        "Score".ljust(SUMMARY_LABEL) + "29 / 100 (mostly missing); the 1 skipped question counts",
        " " * SUMMARY_LABEL + "as 0",
    ]
    assert " ".join(line[SUMMARY_LABEL:] for line in lines) == value
    several = summary_text([("Score", value)], SUMMARY_LABEL + 30).splitlines()
    assert all(len(line) <= SUMMARY_LABEL + 30 for line in several)
    assert " ".join(line[SUMMARY_LABEL:] for line in several) == value
