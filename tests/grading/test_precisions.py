"""A phrase with a precision ("4-bit quantized base model") is not found where the answer
gives its noun another one ("keeping the base model in full 16-bit precision"): the number
found belongs to another thing (precisions.py, wrong44; a fresh-dev wrong answer to genai-182
was credited so)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching.answer import Answer
from interviewer.core.grading.matching.matches import match_phrase
from interviewer.core.grading.matching.phrases import make_phrase
from interviewer.core.grading.matching.precisions import precision_disagrees
from interviewer.core.grading.text import Text


def disagrees(alias: str, text: str) -> bool:
    phrase = make_phrase(alias)
    answer = Answer.of(Text.of(text))
    match = match_phrase(phrase, answer, unit="sentence")
    assert match is not None and match.share == 1.0
    return precision_disagrees(phrase, answer, match.positions)


@pytest.mark.parametrize(
    "text",
    [
        "It quantizes the adapters to 4 bits while the base model stays in full 16-bit precision.",
        "It quantizes the adapters to 4 bits and keeps the base model at 16-bit.",
        "The adapters are quantized to 4-bit, and the 16-bit base model is kept as it is.",
    ],
)
def test_a_noun_given_another_precision_disagrees(text: str) -> None:
    assert disagrees("4-bit quantized base model", text)


@pytest.mark.parametrize(
    "text",
    [
        "It keeps a 4-bit quantized base model and trains adapters in 16-bit.",
        "It quantizes the base model to 4 bits, then computes in 16-bit.",
        "The base model is quantized to 4-bit NF4 precision.",
        "The base model in 4-bit precision is quantized, not the 16-bit adapters.",
        "It quantizes the base model in 4 bits instead of 16 bits.",
    ],
)
def test_the_same_precision_or_another_noun_agrees(text: str) -> None:
    assert not disagrees("4-bit quantized base model", text)


def test_a_phrase_without_a_number_is_read_as_before() -> None:
    assert not disagrees("quantized base model", "The base model is quantized in 16-bit.")


def test_the_fresh_dev_answer_loses_the_concept(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "QLoRA quantizes the LoRA adapter matrices and their gradients to 4 bits while keeping "
        "the base model in full 16-bit precision."
    )
    grade = genai_grader.grade(genai.get("genai-182"), answer)
    assert "4-bit quantized base model" in grade.missed


@pytest.mark.parametrize(
    "answer",
    [
        # another subject is given the other precision
        "Plain LoRA keeps the base model in 16-bit, while QLoRA stores it in 4-bit and trains "
        "LoRA adapters.",
        # the base model is given the phrase's number somewhere
        "QLoRA stores the base model in 4-bit, while keeping the base model in 16-bit for the "
        "LoRA adapters' computation.",
        "QLoRA quantizes the frozen weights to 4 bits while keeping the LoRA adapters in 16-bit.",
    ],
)
def test_right_answers_keep_the_concept(answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-182"), answer)
    assert "4-bit quantized base model" in {m.concept for m in grade.matched}
