"""play67: the bank browser said of an imported story question with no sample answer (`rubric:
star`, "What is the most exceedingly bad misstep you've made at any point?") both "Graded by its
STAR structure" and "No reference answer: after answering, you rate your own answer"; it is
graded by STAR, not self-rated (the practice played gave 99 `strong`)."""

from __future__ import annotations

from interviewer.core.bank import Bank, Question
from interviewer.tui.screens.browser import question_text

STORY = Question(
    "tih-010",
    "What is the most exceedingly bad misstep you've made at any point?",
    (),
    "t",
    level="beginner",
    rubric="star",
)
PLAIN = Question("tih-001", "Why do you want to work for X company?", (), "t", level="beginner")


def _bank() -> Bank:
    from interviewer.core.catalog import Catalog

    return Catalog(None).find("genai")


def test_a_story_question_without_a_sample_is_not_said_to_be_self_rated() -> None:
    """Fails on the base: 'you rate your own answer'."""
    text = question_text(STORY, _bank(), reveal=False)
    assert "Graded by its STAR structure" in text
    assert "rate your own answer" not in text
    assert "No sample answer: your story is graded by its parts" in text


def test_a_question_without_a_reference_or_rubric_is_self_rated() -> None:
    text = question_text(PLAIN, _bank(), reveal=False)
    assert "No reference answer: after answering, you rate your own answer." in text
