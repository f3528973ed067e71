"""Words of frequency or degree near zero ("rarely", "seldom", "barely", "scarcely") deny as
"not" does (denial_words.NEGATIONS), and a wrong claim in the negative whose negation follows
its first word ("LLMs rarely overfit", "a watermark that can't be removed") is stated."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def position(s: Structure, word: str) -> int:
    return s.text.words.index(word)


@pytest.mark.parametrize("word", ["rarely", "seldom", "barely", "scarcely", "hardly"])
def test_a_word_of_near_zero_frequency_denies_what_it_governs(word: str) -> None:
    s = structure(f"Small models {word} need a GPU, they run on laptops")
    assert s.denied(position(s, "gpu"))
    assert not s.negated(position(s, "laptops"))


def test_a_plain_frequency_word_denies_nothing() -> None:
    for word in ("often", "usually", "sometimes", "always"):
        s = structure(f"Small models {word} need a GPU")
        assert not s.denied(position(s, "gpu"))


@pytest.mark.parametrize("word", ["rarely", "seldom", "barely"])
def test_a_needed_concept_said_rarely_needed_is_a_contradiction(
    word: str, genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-118")  # serving generative models: they need GPUs
    wrong = genai_grader.grade(question, f"Generative models {word} need GPUs to serve.")
    assert "contradiction" in wrong.flags
    right = genai_grader.grade(question, "Generative models need GPUs to serve.")
    assert "contradiction" not in right.flags


@pytest.mark.parametrize(
    "answer",
    [
        "Every image model now embeds a watermark that can't be removed, so fakes are caught.",
        "Every image model now embeds a watermark that cannot be removed.",
    ],
)
def test_a_misconception_in_the_negative_holds_where_its_negation_follows_its_first_word(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-019")  # the rubric's "watermarks cannot be removed"
    grade = genai_grader.grade(question, answer)
    assert [m.phrase for m in grade.misconceptions] == ["watermarking detects all AI content"]
    assert all(e in answer for m in grade.misconceptions for e in m.evidence)


def test_a_misconception_in_the_negative_said_in_the_positive_is_not_stated(
    genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-019")
    grade = genai_grader.grade(
        question, "Every image model now embeds a watermark, but editing can remove it."
    )
    assert not grade.misconceptions
    grade = genai_grader.grade(genai.get("genai-091"), "LLMs rarely overfit because of size.")
    assert [m.phrase for m in grade.misconceptions] == ["large models are immune to overfitting"]
