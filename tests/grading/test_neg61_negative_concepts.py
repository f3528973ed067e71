"""neg61: a concept whose own sense is negative is agreed with, not denied, by a negated alias
that names the object of its negation (negative_concepts.py)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.negative_concepts import name_stems


def _findings(genai: Bank, grader: Grader, question: str, answer: str) -> tuple[set, set]:
    grade = grader.grade(genai.get(question), answer)
    return {c.concept for c in grade.contradictions}, {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    "answer",
    [
        # 0.0, 'labelling does not scale' denied, at 3.45
        "Labelling by hand could not cover trillions of word pieces, so the data itself "
        "supplies the target.",
        "People cannot label trillions of tokens by hand, so the text itself supplies the target.",
    ],
)
def test_a_negated_alias_agrees_with_a_negative_concept(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    contradicted, credited = _findings(genai, genai_grader, "genai-008", answer)
    assert "labelling does not scale" not in contradicted
    assert "labelling does not scale" in credited


@pytest.mark.parametrize(
    "answer",
    [
        # nothing of the concept's name before the negation: still a denial
        "Self-supervised models could not use trillions of tokens; pretraining needs text "
        "labelled by people.",
        "Pretraining cannot use trillions of tokens, so every example is labelled by hand first.",
    ],
)
def test_a_negated_alias_said_of_something_else_is_still_denied(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    contradicted, _ = _findings(genai, genai_grader, "genai-008", answer)
    assert "labelling does not scale" in contradicted


@pytest.mark.parametrize(
    "answer",
    [
        # neg64: the name's verb negated of another subject (credited, 41.8, at 3.47)
        "Self-supervised pretraining could not scale to trillions of tokens, so every example "
        "is labelled.",
    ],
)
def test_the_names_verb_negated_of_another_subject_is_passed_over(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    contradicted, credited = _findings(genai, genai_grader, "genai-008", answer)
    assert "labelling does not scale" not in contradicted
    assert "labelling does not scale" not in credited


def test_a_pronoun_has_no_subject_of_its_own(genai: Bank, genai_grader: Grader) -> None:
    answer = "It could never scale to trillions of tokens by hand, so the text supplies targets."
    _, credited = _findings(genai, genai_grader, "genai-008", answer)
    assert "labelling does not scale" in credited


@pytest.mark.parametrize(
    ("name", "stems"),
    [
        ("labelling does not scale", {"label", "scal"}),
        ("KV cache does not amortise", {"kv", "cach", "amortis"}),
        ("too slow to label", {"slow", "label"}),
        ("self-attention only", set()),  # no negation: not a negative concept
        ("labelling scales", set()),
    ],
)
def test_the_words_of_a_negative_name(name: str, stems: set[str]) -> None:
    assert name_stems(name) == stems
