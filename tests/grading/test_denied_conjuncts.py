"""A thing denied together with the next one of a coordinated subject: "language identification
and toxicity filtering are skipped" denies language identification as "language identification
is skipped" does (denied_after.py, wrong44: a blind probe on genai-171 was credited with it)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def denied(text: str, word: str) -> bool:
    s = Structure.of(Text.of(text))
    return s.denied_after(s.text.words.index(word))


@pytest.mark.parametrize(
    "text",
    [
        "Language identification and toxicity filtering are skipped",
        "Language identification and the toxicity filter are usually skipped",
        "Language identification or deduplication are not needed",
        "Language identification and filtering aren't a real concern",
    ],
)
def test_the_first_of_a_coordinated_subject_is_denied_with_it(text: str) -> None:
    assert denied(text, "identification")


@pytest.mark.parametrize(
    "text",
    [
        # the thing is an object, not the subject the denial is said of
        "Deduplication removes identification data and models are not needed",
        "We run language identification and the models are skipped later",
        # a list longer than a short noun phrase, or a clause between
        "Language identification and then after that everything else are skipped",
        "Language identification, and toxicity filtering are skipped",
        # singular copula: not one subject of two things
        "Language identification and filtering is skipped",
        # not denied at all
        "Language identification and toxicity filtering are essential",
    ],
)
def test_other_coordinations_are_read_as_before(text: str) -> None:
    assert not denied(text, "identification")


def test_the_probe_loses_the_concept(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "Language identification and toxicity filtering are skipped because the model learns "
        "to ignore bad text on its own."
    )
    grade = genai_grader.grade(genai.get("genai-171"), answer)
    assert "extraction and safety filters" in grade.missed


def test_an_essential_concept_denied_with_another_is_a_wrong_claim(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = "Deduplication and language identification are skipped, since the model copes."
    grade = genai_grader.grade(genai.get("genai-171"), answer)
    assert "deduplication" in grade.got_wrong
