"""Bank and user text is shown verbatim in every screen: never read as markup, never obeyed."""

from __future__ import annotations

import json
from pathlib import Path

from pilot_helpers import wait_for
from textual.widget import Widget
from textual.widgets import TextArea
from textual.widgets._collapsible import CollapsibleTitle

from interviewer.core.bank import Bank, Question, Topic
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen

SIZE = (120, 40)
CLOSING_TAG = "Summarise the reply that ends with [/INST] in one line."
BOTH_TAGS = "What does [INST] mark and where does [/INST] go?"
ESCAPES = "Why \x1b]0;pwned\x07 clear \x1b[2J the \x1b]8;;http://x\x1b\\link?"
TOPIC = "Formatting [/bold] tags"


def hostile_bank() -> Bank:
    reference = "The chat template wraps the user's turn in instruction tags for the model."
    return Bank(
        id="hostile",
        title="Hostile [b]bank",
        version="1",
        topics=(Topic("fmt", TOPIC),),
        questions=tuple(
            Question(
                id=f"h-{i}",
                prompt=prompt,
                reference_answers=(reference + " [/i]",),
                topic="fmt",
                level="beginner",
                hint="Look for [/INST] \x1b[31m",
            )
            for i, prompt in enumerate((CLOSING_TAG, BOTH_TAGS, ESCAPES), start=1)
        ),
    )


def shown(widget: Widget) -> str:
    return str(widget.render())


def make_app(store: Store, **kwargs: object) -> InterviewApp:
    return InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=FakeClock(),
        export_dir=Path("/nonexistent-export-dir"),
        **kwargs,  # type: ignore[arg-type]
    )


async def test_prompts_and_topics_with_tags_show_verbatim_through_a_session() -> None:
    store = Store.open(":memory:")
    bank = hostile_bank()
    config = SessionConfig(bank_id="hostile", mode="practice", count=3, untimed=True)
    app = make_app(store, start=(bank, config))
    seen: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(3):
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
            await wait_for(pilot, lambda: app.screen.query("#prompt"))
            await wait_for(pilot, lambda: shown(app.screen.query_one("#prompt")))
            screen = app.screen
            prompt = shown(screen.query_one("#prompt"))
            seen.append(prompt)
            assert TOPIC in shown(screen.query_one("#question-meta"))
            await pilot.press("ctrl+h")
            screen.query_one("#answer", TextArea).insert("It wraps [/INST] the turn \x1b[2J.")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
            assert shown(app.screen.query_one("#fb-prompt")) == prompt
            assert "[/i]" in shown(app.screen.query_one("#fb-reference"))
            await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen
        titles = " ".join(shown(c) for c in report.query(CollapsibleTitle))
        details = " ".join(shown(w) for w in report.query(".question-details"))
        assert "[/INST]" in titles and "[INST]" in titles
        assert "It wraps [/INST] the turn" in details and "\x1b" not in details
    assert sorted(seen)[:2] == sorted([CLOSING_TAG, BOTH_TAGS])
    escaped = next(p for p in seen if p.startswith("Why"))
    assert "\x1b" not in escaped and "\x07" not in escaped
    assert escaped == ESCAPES.replace("\x1b", "\ufffd").replace("\x07", "\ufffd")


async def test_home_screen_shows_a_user_bank_with_markup_in_its_title(tmp_path: Path) -> None:
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "tags.yaml").write_text(
        "id: tags\ntitle: 'Tags [/bold] and [INST] chat [/INST]'\n"
        "topics:\n  - id: t\n    title: '[/red] topic'\n"
        "questions:\n  - id: t-1\n    topic: t\n    prompt: What is [/INST]?\n"
        "    references: The end of an instruction.\n",
        encoding="utf-8",
    )
    app = InterviewApp(catalog=Catalog(tmp_path), store=Store.open(":memory:"), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        home = app.screen
        await wait_for(pilot, lambda: home.bank is not None)  # type: ignore[attr-defined]
        while home.bank.id != "tags":  # type: ignore[attr-defined]
            home.change_setting("bank", 1)  # type: ignore[attr-defined]
            await pilot.pause()
        assert "Tags [/bold] and [INST] chat [/INST]" in shown(home.query_one("#bank-title"))
        topics = home.query_one("#topics")
        await pilot.pause()
        assert "[/red] topic" in topics.render_line(0).text


async def test_the_bank_browser_and_the_appeal_dialog_show_tags_verbatim() -> None:
    # the browser read prompts and topic titles as markup: '[/INST]' raised MarkupError and
    # the app exited with a traceback; '[dim]x[/dim]' lost its brackets
    from textual.widgets import OptionList

    from interviewer.tui.screens.appeal import AppealScreen
    from interviewer.tui.screens.browser import BankBrowserScreen

    bank = hostile_bank()
    app = make_app(Store.open(":memory:"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        browser = BankBrowserScreen(bank)
        app.push_screen(browser)
        await wait_for(pilot, lambda: app.screen is browser and browser.shown)
        questions = browser.query_one("#browser-questions", OptionList)
        listed = [str(questions.get_option_at_index(i).prompt) for i in range(len(browser.shown))]
        assert any(CLOSING_TAG in p for p in listed) and any(BOTH_TAGS in p for p in listed)
        topics = browser.query_one("#browser-topics", OptionList)
        assert TOPIC in str(topics.get_option_at_index(1).prompt)
        assert "[/INST]" in shown(browser.query_one("#browser-question"))
        for _ in range(len(browser.shown)):  # every question's detail renders
            await pilot.press("down")
            await pilot.pause()
            assert shown(browser.query_one("#browser-question"))
        await pilot.press("escape")
        dialog = AppealScreen(CLOSING_TAG, 42.0, "weak")
        app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.query("#appeal-prompt"))
        assert shown(dialog.query_one("#appeal-prompt")) == CLOSING_TAG


MARKUP_ANSWER = (
    "It wraps [bold]NF4[/bold] and [red]x[/] turns; see [link=https://x.example]y[/link]."
)
LINK_PROMPT = "What does [link=https://example.com]the template[/link] wrap [b]here[/b]?"


async def test_markup_in_an_answer_and_a_link_tag_in_a_prompt_show_verbatim(
    tmp_path: Path,
) -> None:
    """care46: an answer holding Rich/Textual markup and a prompt holding a [link=...] tag are
    shown as written on the feedback screen, the report and every export; nothing crashes."""
    from interviewer.core.report import build_report, to_html, to_json, to_markdown

    store = Store.open(":memory:")
    bank = hostile_bank()
    bank = Bank(
        id=bank.id,
        title=bank.title,
        version=bank.version,
        topics=bank.topics,
        questions=(
            Question(
                id="h-link",
                prompt=LINK_PROMPT,
                reference_answers=("The chat template wraps the user's turn [/i].",),
                topic="fmt",
                level="beginner",
            ),
        ),
    )
    config = SessionConfig(bank_id="hostile", mode="practice", count=1, untimed=True)
    app = make_app(store, start=(bank, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await wait_for(pilot, lambda: shown(app.screen.query_one("#prompt")))
        assert shown(app.screen.query_one("#prompt")) == LINK_PROMPT
        app.screen.query_one("#answer", TextArea).insert(MARKUP_ANSWER)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await wait_for(pilot, lambda: app.screen.query("#fb-prompt"))
        assert shown(app.screen.query_one("#fb-prompt")) == LINK_PROMPT
        # wherever the feedback quotes the answer, its tags stay around its words
        quoted = " ".join(shown(w) for w in app.screen.query("Static, Label"))
        assert quoted.count("NF4") == quoted.count("[bold]NF4[/bold]")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        report_screen = app.screen
        for title in report_screen.query(CollapsibleTitle):
            await pilot.click(title)  # type: ignore[arg-type]
        await pilot.pause()
        titles = " ".join(shown(c) for c in report_screen.query(CollapsibleTitle))
        details = " ".join(shown(w) for w in report_screen.query(".question-details"))
        assert "[link=https://example.com]the template[/link]" in titles
        assert MARKUP_ANSWER in " ".join(details.split())
        session_id = report_screen.report.session_id  # type: ignore[attr-defined]
    report = build_report(store, session_id, bank)
    [question] = report.questions
    assert question.answer == MARKUP_ANSWER and question.prompt == LINK_PROMPT
    markdown = to_markdown(report)  # the answer in a code block; brackets escaped outside one
    assert MARKUP_ANSWER in markdown
    assert "What does \\[link=https://example.com\\]the template\\[/link\\]" in markdown
    assert "[bold]NF4[/bold]" in to_html(report) and LINK_PROMPT in to_html(report)
    assert json.loads(to_json(report))["questions"][0]["answer"] == MARKUP_ANSWER
