"""lead57: a dismissing phrase ("people often say", "many assume", "it is a myth that") sets
aside the claim after it up to the end of its segment, not past a semicolon, a contrast or
", and" with a new subject: the claim after it is the candidate's own and is judged (gap57 found
three blind wrong probes of stop 45 missed this way, on genai-016, 036 and 172). A claim in the
dismissing phrase's own segment stays set aside."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-016",
            "People often say hallucinations only happen with small models, and that is wrong; "
            "with enough training data an LLM never hallucinates.",
        ),
        (
            "genai-172",
            "Many assume that training past the ratio always helps, and that is a misconception; "
            "once the ratio is reached the loss stops going down.",
        ),
    ],
)
def test_a_claim_after_the_semicolon_is_the_candidates_own(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-016", "It is a myth that with enough training data an LLM never hallucinates."),
        (
            "genai-016",
            "People often say that with enough training data an LLM never hallucinates; that is "
            "a myth, since the model is trained to produce likely text, not verified truth.",
        ),
        ("genai-172", "Many assume that once the ratio is reached the loss stops going down."),
    ],
)
def test_a_claim_in_the_dismissing_phrases_segment_stays_set_aside(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions
