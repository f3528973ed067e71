"""A passive verb of means between a pronoun and its claim ("It is pretrained by masking random
words") says the claim of what the pronoun stands for (passive_means.py, pron66; appos65's
note: "GPT is a decoder-only model. It is pretrained by masking random words" was not
flagged)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.passive_means import passive_means
from interviewer.core.grading.text import Text


def _at(text: str) -> tuple[Answer, int, int]:
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    pronoun = next(i for i, w in enumerate(words) if w in ("it", "they"))
    first = next(i for i, w in enumerate(words) if i > pronoun and w.endswith("ing"))
    return answer, pronoun, first


@pytest.mark.parametrize(
    "text",
    [
        "It is pretrained by masking random words.",
        "They are trained by predicting masked words.",
        "It is mainly learned by updating the weights.",
        "It is also built by chaining three models.",
        "It was run by encoding each document.",
    ],
)
def test_a_passive_of_means_is_read(text: str) -> None:
    assert passive_means(*_at(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "It is not trained by masking words.",
        "It is never trained by masking words.",
        "It is trained on text, masking words.",
        "It is compared by people masking words.",
        "It has been trained by masking words.",
        "It is trained by humans and by masking words.",
    ],
)
def test_no_passive_of_means_is_read_where_there_is_none(text: str) -> None:
    assert not passive_means(*_at(text)), text


@pytest.mark.parametrize(
    "answer",
    [
        "GPT is a decoder-only model. It is pretrained by masking random words in a sentence.",
        "GPT, the model from OpenAI, is a decoder. It is trained by masking random words and "
        "predicting them.",
    ],
)
def test_a_wrong_claim_after_a_passive_of_means_is_flagged(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert any("masking random words" in " ".join(c.evidence) for c in grade.contradictions)
    assert not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        "GPT is a decoder-only model. It is not pretrained by masking random words; it predicts "
        "the next token.",
        "GPT is a decoder-only model. It is pretrained by predicting the next word, while BERT "
        "is pretrained by masking random words.",
    ],
)
def test_a_true_or_denied_claim_of_the_same_shape_is_not_flagged(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert not any("masking" in " ".join(c.evidence) for c in grade.contradictions), answer
