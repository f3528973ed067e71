"""A wrong claim's subject standing as a possessor inside a prepositional phrase is not the
subject of the claim's verb: "cross-attention over the encoder's outputs to generate the output"
does not say "the encoder generates the output" (claims/own_claim.possessor_in_a_phrase)."""

from __future__ import annotations

import pytest


def _wrong(genai, genai_grader, qid: str, answer: str) -> list[str]:
    grade = genai_grader.grade(genai.get(qid), answer)
    return [c.concept for c in grade.contradictions if "as a wrong claim" in c.detail]


@pytest.mark.parametrize(
    "answer",
    [
        "The decoder adds cross-attention over the encoder's outputs to generate the output "
        "one token at a time.",
        "Each decoder layer attends to the encoder's states to generate the translation.",
        "The decoder reads from the encoder's representations and generates the output.",
    ],
)
def test_a_possessor_in_a_prepositional_phrase_is_not_the_claims_subject(
    genai, genai_grader, answer
):
    assert "token-by-token generation" not in _wrong(genai, genai_grader, "genai-044", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "The encoder generates the output one token at a time.",
        "The encoder's job is to generate the output.",
        "The model relies on the encoder to generate the output.",
    ],
)
def test_the_wrong_claim_is_still_found_where_the_encoder_is_its_subject(
    genai, genai_grader, answer
):
    assert "token-by-token generation" in _wrong(genai, genai_grader, "genai-044", answer)
