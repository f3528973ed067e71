"""A wrong claim said through a pronoun after a connective opener or in a chain of pronouns
(pron57): "LoRA trains two small matrices. Because of that it cannot be merged" and "It trains
two matrices, and it cannot be merged" are read as said of LoRA; a pronoun after any other words,
one of another number, one whose chain breaks, or one with two candidates is not read."""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedent
from interviewer.core.grading.text import Text


def _last(text: str) -> tuple[str, ...] | None:
    """What the last "it" or "they" of `text` stands for."""
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    pronouns = [p for p, w in enumerate(words) if w in ("it", "they")]
    assert pronouns, text
    return antecedent(answer, pronouns[-1])


RESOLVED = [
    # a connective opener before the pronoun, with or without a comma
    ("LoRA freezes the weights. Because of that it is fast.", ("lora",)),
    ("LoRA freezes the weights. As a result, it is fast.", ("lora",)),
    ("LoRA freezes the weights. That is why it is fast.", ("lora",)),
    ("LoRA freezes the weights. In practice, it is fast.", ("lora",)),
    ("LoRA freezes the weights, so it is fast.", ("lora",)),
    ("LoRA freezes the weights, and thus it is fast.", ("lora",)),
    ("Adapters add layers. Because of that they are slow.", ("adapter",)),
    # the pronoun stands for the subject of the sentence right before: the other method
    ("BERT reads both ways. GPT reads left to right. Because of that it is fast.", ("gpt",)),
    # a chain: the previous clause's subject is a pronoun that stands for LoRA
    ("LoRA freezes the weights. It trains two matrices, and it is fast.", ("lora",)),
    ("LoRA freezes the weights. Because of that it trains less, and it is fast.", ("lora",)),
    # the previous sentence's last clause has no subject: its one subject is read
    (
        "LoRA freezes the weights and trains two matrices, so only a tiny fraction of "
        "parameters is trained. Because of that it is fast.",
        ("lora",),
    ),
]

NOT_RESOLVED = [
    # two things joined
    "GPT and BERT are transformers. Because of that it is slow.",
    # a word that is no connective of the list before the pronoun
    "GPT is small, then it is fast.",
    "GPT is small, and yet it is fast.",
    # the number does not agree
    "Adapters add layers. Because of that it is slow.",
    "LoRA freezes the weights. As a result, they are fast.",
    # a chain whose first pronoun stands for nothing, or of another number
    "It is small. Because of that it is fast, and it is cheap.",
    "Adapters add layers. They are small, and it is fast.",
    # two subjects in the previous sentence, one in a subordinate clause: cannot be told
    "GPT is fast while BERT is slow, so only one of them is used. Because of that it is big.",
    "Positional encoding gives the order, since attention ignores order. Because of that it "
    "is big.",
    # (before pron57 "since attention" was read as the subject of the clause)
    "Positional encoding gives the order, since attention ignores order. It is big.",
]


@pytest.mark.parametrize(("text", "stems"), RESOLVED)
def test_a_pronoun_after_a_connective_or_in_a_chain_stands_for_one_subject(text, stems):
    assert _last(text) == stems, text


@pytest.mark.parametrize("text", NOT_RESOLVED)
def test_a_pronoun_with_no_one_candidate_after_a_connective_stands_for_nothing(text):
    assert _last(text) is None, text


STANDS_FOR = "GPT stands for Generative Pre-trained Transformer"


@pytest.mark.parametrize(
    "answer",
    [
        f"{STANDS_FOR}. Because of that it is an encoder-only transformer that reads text.",
        f"{STANDS_FOR}. In practice, it is an encoder-only transformer that reads text.",
        f"{STANDS_FOR}. It was built by OpenAI, and it is an encoder-only transformer.",
    ],
)
def test_a_wrong_claim_after_a_connective_or_in_a_chain_is_found(genai, genai_grader, answer):
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    wrong = [c for c in grade.contradictions if c.concept == "decoder-only transformer"]
    assert wrong, answer
    assert all(e in answer for c in wrong for e in c.evidence)


@pytest.mark.parametrize(
    "answer",
    [
        # the pronoun stands for BERT, the subject of the sentence right before
        "GPT is a decoder-only transformer that writes text left to right. BERT reads the "
        "whole sentence at once. Because of that it is an encoder-only transformer.",
        # denied
        f"{STANDS_FOR}. Because of that it is not an encoder-only transformer.",
    ],
)
def test_a_claim_after_a_connective_said_of_another_or_denied_is_not_found(
    genai, genai_grader, answer
):
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert not [c for c in grade.contradictions if c.concept == "decoder-only transformer"]
