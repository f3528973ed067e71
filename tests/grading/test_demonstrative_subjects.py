""" "This model", "these methods" opening a clause read as "it" and "they": the one agreeing
subject named before (demonstrative_subjects.py, pron66)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.demonstrative_subjects import demonstrative_pronoun
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedents
from interviewer.core.grading.text import Text


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


@pytest.mark.parametrize(
    ("words", "k", "said"),
    [
        (["this", "model"], 1, "it"),
        (["these", "methods"], 1, "they"),
        (["this", "token"], 1, None),
        (["that", "model"], 1, None),
        (["this", "models"], 1, None),
        (["these", "model"], 1, None),
        (["model"], 0, None),
    ],
)
def test_a_demonstrative_with_a_general_noun_reads_as_a_pronoun(words, k, said):
    assert demonstrative_pronoun(words, k) == said


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("GPT is a decoder. This model predicts the next token.", [("gpt",)]),
        ("Diffusion models add noise. These models learn to denoise.", [("diffusion", "model")]),
        ("GPT is a decoder, and this model predicts words.", [("gpt",)]),
        # not a general noun, "that", or two candidates: nothing
        ("GPT is a decoder. This token is masked.", []),
        ("GPT is a decoder. That model is big.", []),
        ("GPT and BERT are transformers. This model is big.", []),
        # the number does not agree
        ("Diffusion models add noise. This model learns to denoise.", []),
    ],
)
def test_what_a_demonstrative_stands_for(text, stems):
    assert [s for _, s in antecedents(_answer(text))] == stems, text


def test_a_wrong_claim_through_this_model_is_flagged(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "GPT is a decoder-only model from OpenAI. This model is pretrained by masking random "
        "words in a sentence."
    )
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert any(
        " ".join(c.evidence).startswith("This model is pretrained by masking")
        for c in grade.contradictions
    )
    assert not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        "GPT is a decoder-only model from OpenAI. This model predicts the next token from the "
        "tokens before it.",
        # "this model" stands for BERT: the claim is true of it
        "BERT is an encoder-only model. This model is pretrained by masking random words, while "
        "GPT predicts the next token.",
    ],
)
def test_a_true_claim_through_this_model_is_not_flagged(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert not any("masking" in " ".join(c.evidence) for c in grade.contradictions), answer
