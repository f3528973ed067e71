"""A denial said of the model before the change a question asks about ("a pretrained LLM isn't
specialized for your task", "Before fine-tuning, the model can't keep a format") denies
nothing of the change (before_state.py). Found on a train excellent answer to genai-082 read
as denying what fine-tuning gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.before_state import said_of_the_start
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.text import Text


def _said(text: str, word: str) -> bool:
    answer = Answer.of(Text.of(text))
    return said_of_the_start(answer, answer.text.words.index(word))


@pytest.mark.parametrize(
    "text",
    [
        "A base model isn't specialized for legal work.",
        "Out of the box, the model doesn't keep a JSON format.",
        "Before fine-tuning, the network isn't specialized for legal work.",
        "A pretrained LLM knows a lot, but it isn't specialized for legal work.",
        "It reads well, and a raw base model doesn't keep a JSON format.",
        "A base model knows a lot but isn't specialized for legal work.",
        "A base model is broad: it knows a lot but doesn't keep a JSON format.",
        "Out of the box, the model reads well and writes well but can't keep a JSON format.",
    ],
)
def test_a_denial_of_the_before_state(text: str) -> None:
    word = "specialized" if "specialized" in text else "keep"
    assert _said(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "Fine-tuning isn't specialized for legal work.",
        "Fine-tuning a base model doesn't keep a JSON format.",
        "LoRA is cheap, but it isn't specialized for legal work.",
        "The adapter keeps the base model, but it isn't specialized for legal work.",
        "Fine-tuning a base model is cheap but isn't specialized for legal work.",
        "A base model is broad, and fine-tuning is cheap but doesn't keep a JSON format.",
        "LoRA copies a base model and doesn't keep a JSON format.",
    ],
)
def test_a_denial_of_the_change_is_kept(text: str) -> None:
    word = "specialized" if "specialized" in text else "keep"
    assert not _said(text, word)


@pytest.mark.parametrize(
    ("answer", "denied"),
    [
        (
            "A pretrained model has broad knowledge, but it isn't specialized for your task. "
            "Fine-tuning trains it further on targeted examples.",
            False,
        ),
        ("Fine-tuning is not specialized for your task, it stays general.", True),
    ],
)
def test_the_grade_reads_the_before_state(
    answer: str, denied: bool, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-082"), answer)
    assert ("task specialization" in {c.concept for c in grade.contradictions}) is denied


@settings(max_examples=200, deadline=None)
@given(
    state=st.sampled_from(["a base model", "a pretrained model", "the raw base model"]),
    doer=st.sampled_from(["fine-tuning", "LoRA", "the adapter", "training"]),
    verb=st.sampled_from(["isn't specialized", "doesn't specialize", "can't specialize"]),
)
def test_only_the_state_as_subject_counts(state: str, doer: str, verb: str) -> None:
    word = verb.split()[1]
    assert _said(f"{state.capitalize()} {verb} for legal work.", word)
    assert not _said(f"{doer.capitalize()} {verb} for legal work.", word)


@settings(max_examples=200, deadline=None)
@given(
    state=st.sampled_from(["a base model", "a pretrained model", "the raw base model"]),
    doer=st.sampled_from(["fine-tuning", "LoRA", "the adapter", "training"]),
    first=st.sampled_from(["knows a lot", "reads well", "is broad"]),
    join=st.sampled_from(["but", "and", "yet"]),
    verb=st.sampled_from(["isn't specialized", "doesn't specialize", "can't specialize"]),
)
def test_a_shared_subject_is_the_one_before(
    state: str, doer: str, first: str, join: str, verb: str
) -> None:
    """A verb phrase joined to the one before shares its subject: the state's, or the
    doer's."""
    word = verb.split()[1]
    assert _said(f"{state.capitalize()} {first} {join} {verb} for legal work.", word)
    assert not _said(f"{doer.capitalize()} {first} {join} {verb} for legal work.", word)
