"""Plain words a working engineer uses for a credited point (rubrics/genai.yaml): "domain words"
for domain terminology, "more accurate on the task" for task specialization, "turns it into an
assistant" for instruction following (genai-082, why fine-tuning matters). Found on the blind
probes of correct_probes39.yaml and a fine-tuning answer the lead played; the wrong claims
beside them stay unread as the point, or are read as its contradiction."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader


@pytest.mark.parametrize(
    ("answer", "concept"),
    [
        ("It learns the domain words of law and medicine.", "domain terminology"),
        ("After fine-tuning it knows the domain terms your team uses.", "domain terminology"),
        ("The tuned model is more accurate on your task.", "task specialization"),
        ("It performs better on the task you care about.", "task specialization"),
        ("Instruction tuning turns it into an assistant.", "instruction following"),
    ],
)
def test_plain_words_credit_the_point(
    answer: str, concept: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-082"), answer)
    assert concept in {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    ("answer", "concept"),
    [
        ("Fine-tuning makes it less accurate on the task.", "task specialization"),
        ("It learns nothing about the words of a domain.", "domain terminology"),
        ("The model answers questions about the weather.", "instruction following"),
    ],
)
def test_other_claims_are_not_credited(
    answer: str, concept: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-082"), answer)
    assert concept not in {m.concept for m in grade.matched}


def test_the_opposite_is_a_contradiction(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-082"), "Fine-tuning makes the model less accurate on the task."
    )
    assert "task specialization" in {c.concept for c in grade.contradictions}
