"""Rubric aliases in a candidate's own words (plain68, issue 8): concepts of genai-099, 102, 115
and 139 that answers graded 4 on the tunable splits state in plain words, and that no alias or
description credited (`rubrics/genai.yaml`).

Each CREDITED sentence is written here in other words than the graded answer that showed the gap,
and none was credited with the concept before the aliases (checked on bccae637: every CREDITED
case fails there). The NOT_CREDITED sentences use the same words without the claim (the harm
accepted, another "Helm", pretraining said to be enough, open source) and stay uncredited; they
pass on the base too and guard the aliases against reading a bare word ("unfair", "HELM") as the
concept."""

from __future__ import annotations

import pytest
from graded import assert_credited_in_own_words, matched_concepts

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

CREDITED = [
    (
        "genai-139",
        "Before launch, check the model's answers for unfair treatment of any group.",
        "fairness",
        "unfair treatment",
    ),
    (
        "genai-139",
        "Look at what it was trained on and test whether it is unfair to women or minorities.",
        "fairness",
        "unfair",
    ),
    (
        "genai-102",
        "It is trained so that it learns to help and be honest with the people using it.",
        "helpful honest harmless",
        "help and be honest",
    ),
    (
        "genai-102",
        "A hard question is which values the model should follow.",
        "intentions and values",
        "values the model should follow",
    ),
    (
        "genai-099",
        "Raters put the replies in order and the model is fine-tuned on their rankings.",
        "optimizes human preferences",
        "fine-tuned on their rankings",
    ),
    (
        "genai-099",
        "Labelers rank the answers, and their feedback is used to fine-tune the model.",
        "optimizes human preferences",
        "feedback is used to fine-tune",
    ),
    (
        "genai-115",
        "For text models I would run the HELM benchmark with fixed settings.",
        "LLM benchmark harnesses",
        "HELM benchmark",
    ),
]
"""(question, plain answer, concept, the plain words quoted as its evidence)."""

NOT_CREDITED = [
    ("genai-139", "It is fine if the product is unfair to some users.", "fairness"),
    ("genai-139", "Open-source the whole product so anyone can change it.", "transparency"),
    (
        "genai-115",
        "Deploy the scoring service with Helm charts on Kubernetes.",
        "LLM benchmark harnesses",
    ),
    ("genai-099", "Plain pretraining is enough; RLHF adds nothing.", "beyond pretraining and SFT"),
]
"""The same words without the claim: not credited."""


@pytest.mark.parametrize(("question", "answer", "concept", "quoted"), CREDITED)
def test_a_plain_wording_credits_the_concept(
    question: str, answer: str, concept: str, quoted: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert_credited_in_own_words(grade, concept, quoted)


@pytest.mark.parametrize(("question", "answer", "concept"), NOT_CREDITED)
def test_the_same_words_without_the_claim_are_not_credited(
    question: str, answer: str, concept: str, genai: Bank, genai_grader: Grader
) -> None:
    assert concept not in matched_concepts(genai_grader.grade(genai.get(question), answer))
