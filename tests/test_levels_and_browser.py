"""Choosing a level (start --level, home) and browsing a bank's questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from textual.widgets import OptionList

from interviewer.cli import main
from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig, SessionError, SessionPlan
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.browser import BankBrowserScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def test_plan_keeps_to_the_chosen_level(genai: Bank) -> None:
    plan = SessionPlan(genai, SessionConfig(bank_id="genai", count=8, seed=3, level="expert"))
    asked = []
    while (question := plan.next_question()) is not None:
        asked.append(question.level)
        plan.record(question.id, 50.0, "adequate")
    assert asked == ["expert"] * 8


def test_unknown_level_and_empty_level_are_refused(genai: Bank) -> None:
    with pytest.raises(SessionError, match="level must be one of"):
        SessionConfig(bank_id="genai", level="guru")
    topic = genai.topics[0].id
    empty = next(
        (lvl for lvl in ("beginner", "intermediate", "expert")
         if not any(q.topic == topic and q.level == lvl for q in genai)),
        None,
    )  # fmt: skip
    if empty is not None:
        with pytest.raises(SessionError, match=f"no {empty} questions"):
            SessionPlan(genai, SessionConfig(bank_id="genai", topics=(topic,), level=empty))


def test_config_without_a_level_still_loads() -> None:
    assert SessionConfig.from_dict({"bank_id": "genai"}).level is None


def test_start_with_an_unknown_topic_fails_before_the_app_opens(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["start", "--topic", "nosuch"])
    assert exit_info.value.code == 2
    assert "nosuch" in capsys.readouterr().err


def make_app(store: Store, tmp_path: Path) -> InterviewApp:
    return InterviewApp(catalog=Catalog(None), store=store, clock=FakeClock(), export_dir=tmp_path)


async def test_home_level_choice_starts_a_one_level_session(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        menu = app.screen.query_one("#menu", OptionList)
        menu.highlighted = menu.get_option_index("level")
        await pilot.press("right", "right")
        assert "intermediate only" in app.screen._setting_text("level")  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        assert app.screen.run.plan.config.level == "intermediate"  # type: ignore[attr-defined]
        assert app.screen.run.current.level == "intermediate"  # type: ignore[attr-defined]


async def test_browser_filters_and_reveals_on_request(genai: Bank, tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        browser = app.screen
        assert isinstance(browser, BankBrowserScreen)
        assert len(browser.shown) == len(genai)
        await pilot.press("l")  # beginner only
        assert browser.shown and {q.level for q in browser.shown} == {"beginner"}
        question = browser.question
        assert question is not None
        detail = browser.query_one("#browser-question")
        reference = question.reference_answers[0]
        assert reference not in str(detail.render())
        await pilot.press("enter")
        assert reference in str(detail.render())
        browser.query_one("#browser-topics").focus()
        await pilot.press("down")
        topic = genai.topics[0].id
        assert browser.topic == topic
        assert {q.topic for q in browser.shown} == {topic}
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))


async def test_browser_is_in_the_command_palette(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        [browse] = [c for c in app.get_system_commands(app.screen) if c.title == "Browse bank"]
        browse.callback()
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        await wait_for(pilot, lambda: app.screen.shown)  # type: ignore[attr-defined]
        await pilot.pause()


async def test_home_topics_say_what_the_ticks_mean_and_show_whole_names(tmp_path: Path) -> None:
    from textual.widgets import Label, SelectionList

    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query("#topics")))
        home = app.screen
        menu = home.query_one("#menu", OptionList)
        assert "▶" not in str(menu.get_option("start").prompt)
        title = home.query_one("#topics-title", Label)
        assert str(title.render()) == "Topics: all"
        home.query_one("#topics", SelectionList).focus()
        await pilot.press("home")  # the first topic
        assert str(home.query_one("#topic-name", Label).render()) == "Introduction to Generative AI"
        await pilot.press("space")
        await pilot.pause()
        assert str(title.render()) == "Topics: 9 of 10"


async def test_tab_into_the_topics_highlights_the_first_and_space_ticks_it(
    tmp_path: Path,
) -> None:
    """play20 F22: Tab into the list showed no cursor, and Space did nothing until an arrow."""
    from textual.widgets import Label, SelectionList

    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query("#topics")))
        home = app.screen
        topics = home.query_one("#topics", SelectionList)
        await pilot.press("tab")
        await wait_for(pilot, lambda: topics.has_focus)
        await pilot.pause()
        assert topics.highlighted == 0
        await pilot.press("space")
        await pilot.pause()
        assert str(home.query_one("#topics-title", Label).render()) == "Topics: 9 of 10"


async def test_browser_tags_levels_with_a_legend_and_practice_returns_to_it(
    genai: Bank, tmp_path: Path
) -> None:
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BankBrowserScreen))
        browser = app.screen
        assert "every level: B beginner, I intermediate, E expert" in str(
            browser.query_one("#browser-filter").render()
        )
        await pilot.press("l")  # one level: no tags
        first = browser.query_one("#browser-questions", OptionList).get_option_at_index(0)
        assert str(first.prompt) == browser.shown[0].prompt
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: bool(app.screen.query("#dialog-title")))
        assert str(app.screen.query_one("#dialog-title").render()) == "Leave the practice session?"
        await pilot.press("y")
        await wait_for(pilot, lambda: app.screen is browser)
        assert app.is_running


def test_browser_detail_says_how_each_question_is_graded_and_never_fails_to_reveal() -> None:
    # a question without a reference answer raised IndexError on Enter (reveal), and an
    # imported question said "Rubric: 0 concepts"
    from interviewer.core.bank import Question, Topic
    from interviewer.tui.screens.browser import question_text

    def asked(qid: str, references: tuple[str, ...]) -> Question:
        return Question(
            id=qid, prompt="Tell me about a time.", reference_answers=references, topic="t",
            level="beginner",
        )  # fmt: skip

    rated, referenced = asked("q-1", ()), asked("q-2", ("I led the migration.",))
    bank = Bank(id="b", title="B", version="1", topics=(Topic("t", "T"),),
                questions=(rated, referenced))  # fmt: skip
    shown = question_text(rated, bank, reveal=True)
    assert "Not graded: no reference answer" in shown and "you rate your own answer" in shown
    shown = question_text(referenced, bank, reveal=True)
    assert "Graded against its reference answer (no rubric)" in shown
    assert "I led the migration." in shown
    genai = Catalog(None).find("genai")
    assert "Rubric: " in question_text(genai.get("genai-001"), genai, reveal=False)
    # the STAR bank has no concepts, and is not graded against its model answers' words
    star = Catalog(None).find("behavioural")
    shown = question_text(star.get("beh-001"), star, reveal=False)
    assert "Graded by its STAR structure" in shown and "no rubric" not in shown
