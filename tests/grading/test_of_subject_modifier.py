"""read62: a wrong claim's rest said of a subject named right before it is not said where its
modifier qualifies another noun ("HyDE writes a hypothetical answer to the question" says no
'HyDE hypothetical questions'): claims/of_subject.py reads ties.modifies_another on the rest's
own words, as the plain match does (issue 8, stop 51). The CORRECT case is flagged on
8da74375; the WRONG cases stay caught."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

CORRECT = [
    (
        "genai-179",
        "HyDE writes a hypothetical answer to the question and embeds it instead of the query.",
    ),
]

WRONG = [
    ("genai-179", "HyDE generates hypothetical questions for the query and embeds them."),
    ("genai-179", "HyDE creates hypothetical questions."),
    ("genai-179", "HyDE generates questions for each document."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_modifier_of_another_noun_is_not_the_claim(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert not grade.contradictions, grade.contradictions


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_claim_said_plainly_is_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed
