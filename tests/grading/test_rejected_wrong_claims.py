"""A denial that rejects a wrong claim the rubric lists is no denial of the concept: "DPO does
not need a reward model" (genai-103, where "DPO needs a reward model" is listed) is right."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader


@pytest.mark.parametrize(
    "answer",
    [
        "DPO does not need a reward model.",
        "DPO doesn't require a reward model, it optimizes the policy directly.",
        "Unlike RLHF, DPO does not rely on a reward model.",
    ],
)
def test_rejecting_a_listed_wrong_claim_does_not_deny_the_concept(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-103"), answer)
    assert "contradiction" not in grade.flags
    assert "reward model" not in {c.concept for c in grade.contradictions}


def test_a_bare_denial_of_the_concept_is_still_a_denial(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-103"), "A reward model is not needed at all.")
    assert "reward model" in {c.concept for c in grade.contradictions}


def test_the_wrong_claim_itself_is_still_flagged(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-103"), "DPO needs a reward model.")
    assert "contradiction" in grade.flags
