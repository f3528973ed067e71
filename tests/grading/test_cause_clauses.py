"""A pronoun opening a "because" clause stands for the subject of the clause the cause is given
of (cause_clauses.py, pron66): "Diffusion models are preferred because they are trained
adversarially"; train-blind genai-065 "Prompt engineering is crucial mainly because it
permanently retrains the model" was graded 40 with no wrong claim found."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.cause_clauses import cause_previous
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedents
from interviewer.core.grading.text import Text


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("GPT is fast because it is small.", [("gpt",)]),
        ("Batching helps because it compresses the weights.", [("batch",)]),
        (
            "Diffusion models are preferred because they are trained adversarially.",
            [("diffusion", "model")],
        ),
        # "we" is no noun phrase; "users" does not agree with "it"; "if" opens the clause
        ("We use a cross-encoder because it is accurate.", []),
        ("Users prefer RAG because it is cheaper.", []),
        ("If GPT is fast because it is small, it is cheap.", []),
        # pron67: a comma before "because", and "since", read as "because"
        ("GPT is fast, because it is small.", [("gpt",)]),
        ("GPT is fast since it is small.", [("gpt",)]),
        ("GPT is fast, since it is small.", [("gpt",)]),
        ("Users prefer RAG, since it is cheaper.", []),
        # "Because"/"Since" opening the sentence, or another mark before it: not read
        ("Because it is small, GPT is fast.", []),
        ("Since it is small, GPT is fast.", []),
        ("GPT is fast; because it is small, it is cheap.", []),
    ],
)
def test_what_a_pronoun_after_because_stands_for(text, stems):
    assert [s for _, s in antecedents(_answer(text))] == stems, text


def test_the_cause_is_read_only_right_after_because() -> None:
    answer = _answer("GPT is fast because of that it is small.")
    words = answer.text.words
    assert cause_previous(answer, words.index("it")) is None


def test_the_train_blind_answer_is_flagged(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "Prompt engineering is crucial mainly because it permanently retrains the model. Every "
        "time you send a well-crafted prompt, the model updates its weights to remember your "
        "instructions."
    )
    grade = genai_grader.grade(genai.get("genai-065"), answer)
    assert any("retrains the model" in " ".join(m.evidence) for m in grade.misconceptions)


@pytest.mark.parametrize(
    "answer",
    [
        "Prompt engineering is crucial mainly because it steers a fixed model without "
        "retraining it.",
        "Prompt engineering is crucial because it does not retrain the model: the weights stay "
        "the same.",
    ],
)
def test_a_true_or_denied_cause_is_not_flagged(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-065"), answer)
    assert not grade.misconceptions, answer
    assert not grade.contradictions, answer


@pytest.mark.parametrize(
    "answer",
    [
        # pron67: graded 8.5 and 7.3 with nothing found on the base (b0f73e71)
        "Prompt engineering is crucial, because it permanently retrains the model.",
        "Prompt engineering is crucial since it permanently retrains the model.",
    ],
)
def test_a_wrong_cause_after_a_comma_or_since_is_flagged(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-065"), answer)
    assert any("retrains the model" in " ".join(m.evidence) for m in grade.misconceptions)


@pytest.mark.parametrize(
    "answer",
    [
        "Prompt engineering is crucial, since it steers a fixed model without retraining it.",
        "Prompt engineering is crucial, because it does not retrain the model.",
    ],
)
def test_a_true_or_denied_cause_after_a_comma_or_since_is_not_flagged(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-065"), answer)
    assert not grade.misconceptions and not grade.contradictions, answer
