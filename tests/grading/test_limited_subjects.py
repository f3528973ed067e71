"""neg64: an inability of the one a concept limits agrees with it (limited_subjects.py):
differential privacy "limits what any attacker can learn", so "an attacker is unable to tell
whether any one record was in the training data" says the guarantee."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.limited_subjects import limited_stems

DP = "bounds attacks on individuals"


@pytest.mark.parametrize(
    "answer",
    [
        # 0.0 at 3.47, the concept contradicted
        "An attacker is unable to tell whether any one record was in the training data.",
        "An attacker cannot tell whether any one record was in the training data.",
    ],
)
def test_the_attackers_inability_is_the_guarantee(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    grade = genai_grader.grade(genai.get("genai-213"), answer)
    assert DP not in {c.concept for c in grade.contradictions}
    assert DP in {m.concept for m in grade.matched}


def test_a_negation_that_is_no_inability_is_read_as_before(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = "An attacker does not learn whether any one record was in the training data."
    grade = genai_grader.grade(genai.get("genai-213"), answer)
    assert DP in {c.concept for c in grade.contradictions}  # as at 3.47 (left alone)


def test_the_limited_ones_of_a_concept() -> None:
    assert limited_stems(DP, "It provably limits what any attacker can learn.") >= {
        "attack",
        "attacker",
    }
    assert limited_stems("creates new content", "The model produces new text.") == frozenset()
