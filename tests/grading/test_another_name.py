"""read62: "not just another name for X" denies that two terms are one; it is no "not only"
(another_name.py, read by clauses.py; issue 8, stop 51).

Found by review61 (genai-057) and on blind correct answers (correct_probes62ra cp62r-003, 012).
Each CORRECT case is flagged on 8da74375; the WRONG cases, the same claims said plainly, stay
caught.
"""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.another_name import denies_renaming
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text

CORRECT = [
    (
        "genai-057",
        "Prompt injection is not just another name for jailbreaking, though the two overlap.",
    ),
    ("genai-057", "Prompt injection is not only another name for jailbreaking."),
    ("genai-102", "Alignment is not just another name for content filtering."),
]

WRONG = [
    ("genai-057", "Prompt injection is just another name for jailbreaking."),
    ("genai-057", "Prompt injection is really just another name for jailbreaking attacks."),
    ("genai-102", "Alignment is just another name for content filtering."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_denied_renaming_is_not_flagged(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_no_wrong_claim(grade)


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_renaming_said_is_caught(qid: str, answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(
    ("sentence", "denies"),
    [
        ("it is not just another name for jailbreaking", True),
        ("it is not only a new term for prompt tuning", True),
        ("it is not just a fancy new name for fine-tuning", True),
        ("it is not just a synonym of distillation", True),
        ("it is not just another step in the pipeline", False),
        ("it is not only a name but also a method", False),
        ("it is not another name for jailbreaking", False),
        ("it is just another name for jailbreaking", False),
    ],
)
def test_denies_renaming(sentence: str, denies: bool) -> None:
    words = sentence.split()
    assert any(denies_renaming(words, i) for i in range(len(words))) is denies


def test_not_only_still_widens() -> None:
    """ "not only the generator" reads no negation; "not just another name for" does."""
    widening = Structure.of(Text.of("Not only the generator gets the label."))
    assert not widening.negators
    renaming = Structure.of(Text.of("It is not just another name for jailbreaking."))
    assert renaming.negators
