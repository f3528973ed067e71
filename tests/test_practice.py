"""Practice aids: word count, progressive hints (and that they are recorded)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from textual.widgets import TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.practice import hint_steps, word_count
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def test_word_count_ignores_punctuation() -> None:
    assert word_count("") == 0
    assert word_count("  -- , . ") == 0
    assert word_count("Self-attention isn't magic: it's weights.") == 5


def test_hints_start_with_the_question_hint_then_concepts_heaviest_first(genai: Bank) -> None:
    question = next(q for q in genai if q.hint and len(q.concepts) > 1)
    steps = hint_steps(question)
    assert steps[0] == question.hint
    assert len(steps) == 1 + len(question.concepts)
    heaviest = max(question.concepts, key=lambda c: c.weight)
    assert steps[1] == f"Think about: {heaviest.name}"


def test_a_question_without_a_rubric_hints_at_its_references_key_terms() -> None:
    """play20 F8: every imported question answered f1 with "This question has no hints"."""
    from interviewer.core.bank import Question
    from interviewer.core.practice import KEY_TERM_HINTS

    reference = (
        "CPython frees most objects by reference counting; a cyclic garbage collector finds "
        "reference cycles that counting alone cannot free."
    )
    question = Question(
        id="q", prompt="How does Python manage memory?", reference_answers=(reference,),
        topic="t", level="beginner",
    )  # fmt: skip
    steps = hint_steps(question)
    assert 1 <= len(steps) <= KEY_TERM_HINTS
    assert all(s.startswith("Think about: ") for s in steps)
    assert "Think about: reference counting" in steps
    for step in steps:  # drawn from the reference, never a word of the question
        term = step.removeprefix("Think about: ")
        assert term.lower() in reference.lower() and "memory" not in term.lower()
    assert hint_steps(Question(id="r", prompt="Rate yourself", reference_answers=())) == ()


def test_a_star_question_hints_at_the_parts_it_is_graded_on() -> None:
    star = Catalog(None).find("behavioural")
    steps = hint_steps(next(iter(star)))
    assert [s for s in steps if s.startswith("Think about: ")][:2] == [
        "Think about: the situation",
        "Think about: your task in it",
    ]


async def test_each_hint_press_reveals_one_more_and_is_recorded(
    genai: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interviewer.tui.widgets import answer_editor

    worked_out = []

    def counted(*args: object) -> tuple[str, ...]:
        worked_out.append(args)
        return hint_steps(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(answer_editor, "hint_steps", counted)
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", mode="practice", count=2, seed=3, untimed=True)
    app = InterviewApp(
        catalog=Catalog(None),
        store=store,
        clock=FakeClock(),
        export_dir=tmp_path,
        start=(genai, config),
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        question = screen.run.current
        assert question is not None
        hints = screen.query_one("#hints")
        assert not hints.display
        await pilot.press("f1")
        await pilot.press("f1")
        await pilot.pause()
        assert hints.display
        text = str(hints.render())
        steps = hint_steps(question)
        assert steps[0] in text and steps[1] in text
        assert len(steps) < 3 or steps[2] not in text
        assert len(worked_out) == 1  # once per question, not twice per press
        editor = screen.query_one("#answer", TextArea)
        editor.insert("three little words")
        await pilot.pause()
        assert editor.border_subtitle == "3 words"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: store.answers(store.list_sessions()[0].id))
    [saved] = store.answers(store.list_sessions()[0].id)
    assert saved.hints_used == 2
