"""neg64: an inability said of a kind the question never names denies none of its concepts
(unnamed_kinds.py): "A classifier is unable to create new content" (genai-001)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

NEW = "creates new content"


def _contradicted(genai: Bank, grader: Grader, answer: str) -> set[str]:
    return {c.concept for c in grader.grade(genai.get("genai-001"), answer).contradictions}


@pytest.mark.parametrize(
    "answer",
    [
        # 0.0 at 3.47, 'creates new content' contradicted (review62)
        "A classifier is unable to create new content; it only assigns labels.",
        "Unlike generative models, a classifier is unable to create new content.",
        "A classifier cannot create new content; it only assigns labels.",
    ],
)
def test_another_kinds_inability_is_no_denial(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    assert NEW not in _contradicted(genai, genai_grader, answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Generative AI is unable to create new content; it only assigns labels.",
        "It is unable to create new content and only assigns labels to data.",
        "GANs are unable to create new content; they only copy the training data.",
        "Generative AI is a kind of classifier: it is unable to create new content.",
    ],
)
def test_the_questions_own_kinds_are_still_denied(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    assert NEW in _contradicted(genai, genai_grader, answer)


def test_a_pronoun_before_the_negation_is_the_subject(genai: Bank, genai_grader: Grader) -> None:
    # wrong_claims_probes55 #51: the first version of the rule took "private" for the subject
    answer = (
        "MMLU measures a model's open-ended writing quality, with human judges reading long "
        "essays and rating their fluency. A high score therefore shows the model is safe, honest "
        "and good at multi-turn conversation, and since its test set is private it cannot be "
        "contaminated."
    )
    grade = genai_grader.grade(genai.get("genai-188"), answer)
    assert "contamination" in {c.concept for c in grade.contradictions}
