"""A cleft ("VAEs are the ones that use ...") between a wrong claim's subject and what is said of
it does not hide the claim (wrong43: a fresh-dev fluent wrong answer to genai-005 swapped the
two families so and scored 100)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.clefts import cleft_after
from interviewer.core.grading.text import Text


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


@pytest.mark.parametrize(
    ("text", "position", "length"),
    [
        ("VAEs are the ones that use adversarial training", 0, 4),
        ("VAEs are the only ones that use adversarial training", 0, 5),
        ("GANs are the one which fools a judge", 0, 4),
        ("VAEs are ones that compress", 0, 3),
        ("VAEs are the models that use adversarial training", 0, 0),
        ("VAEs use the ones that work", 0, 0),
        ("VAEs are the ones", 0, 0),
    ],
)
def test_cleft_after(text: str, position: int, length: int) -> None:
    assert cleft_after(_answer(text), position) == length


@pytest.mark.parametrize(
    "answer",
    [
        "VAEs are the ones that use an adversarial setup, where an encoder fools a decoder.",
        "Of the main types, VAEs are the only ones that use adversarial training.",
    ],
)
def test_wrong_claim_said_through_a_cleft(answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-005"), answer)
    assert [c.concept for c in grade.contradictions] == ["VAEs"]
    assert not grade.passed


def test_right_claim_said_through_a_cleft(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "The main types are GANs, VAEs, diffusion models and autoregressive transformers. GANs "
        "are the ones that use an adversarial setup, a generator against a discriminator, while "
        "VAEs are the ones that compress data into a latent space and decode new samples."
    )
    grade = genai_grader.grade(genai.get("genai-005"), answer)
    assert not grade.contradictions and not grade.misconceptions
