"""read62: two bare wrong wordings that review61's narrowed lines no longer reached (issue 8,
stop 51), caught again by lines that name their subject, while review61's true sentences on the
same questions stay unflagged. The WRONG cases pass uncaught on 8da74375 (8.5 each)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

WRONG = [
    ("genai-030", "Vocabulary size needs no extra parameters."),
    ("genai-179", "HyDE writes questions for each document and embeds them."),
]

CORRECT = [
    (
        "genai-030",
        "With weight tying, the output layer reuses the embedding matrix, so it adds no extra "
        "parameters.",
    ),
    (
        "genai-030",
        "Vocabulary size matters because each extra token needs extra parameters in the "
        "embedding matrix.",
    ),
    (
        "genai-179",
        "A related trick at indexing time is to generate hypothetical questions for each "
        "document and embed those.",
    ),
    ("genai-179", "Given the question, HyDE writes a fake answer document and embeds that."),
]


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_bare_wrong_wording_is_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_true_sentence_is_not_flagged(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert not grade.contradictions, grade.contradictions
    assert not grade.misconceptions, grade.misconceptions
