"""Tests of none_object: "none" as the object of a verb."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.none_object import (
    OBJECT_VERBS,
    denied_in_contrast,
    none_as_object,
    object_reach_end,
)
from interviewer.core.grading.text import Text


def _structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the new model uses none", True),
        ("standard training has none", True),
        ("the old version needed none of them", True),
        ("none of the layers are frozen", False),
        ("in practice none is needed", False),
        ("there are none", False),
    ],
)
def test_none_as_object(text: str, expected: bool) -> None:
    words = Text.of(text).words
    assert none_as_object(words, words.index("none")) == expected


def test_an_object_none_does_not_deny_the_rest_of_its_clause() -> None:
    s = _structure("The student model uses none and simply copies the teacher outputs.")
    words = s.text.words
    assert not s.negated(words.index("copies"))
    assert not s.negated(words.index("teacher"))


def test_an_object_none_denies_its_of_complement_only() -> None:
    s = _structure("The method needs none of the labels and trains quickly.")
    words = s.text.words
    assert s.negated(words.index("labels"))
    assert not s.negated(words.index("trains"))


def test_a_subject_none_still_denies_its_clause() -> None:
    s = _structure("None of the layers are frozen during training.")
    assert s.negated(s.text.words.index("frozen"))


@given(
    st.lists(
        st.sampled_from(["uses", "has", "a", "model", "of", "the", "and", "none"]), max_size=12
    )
)
def test_object_reach_stays_in_the_clause(words: list[str]) -> None:
    clauses = [0] * len(words)
    for i in range(len(words)):
        if none_as_object(words, i):
            assert words[i - 1] in OBJECT_VERBS
            end = object_reach_end(words, clauses, i)
            assert i < end <= len(words)
            assert "and" not in words[i + 1 : end]
            if end > i + 1:
                assert words[i + 1] == "of"


def _contrast(text: str, subject: str, claim_end: str) -> bool:
    t = Text.of(text)
    s = Structure.of(t)
    return denied_in_contrast(
        t.words, t.stems, s.sentences, t.stems[t.words.index(subject)], [t.words.index(claim_end)]
    )


def test_denied_in_contrast() -> None:
    said = "Guided sampling adds a classifier, but plain sampling uses none."
    assert _contrast(said, "sampling", "classifier")
    # the subject is not said again after the contrast: the claim stands
    assert not _contrast(
        "Plain sampling uses a classifier, but guided methods use none.", "sampling", "classifier"
    )
    # no contrast, or another sentence
    assert not _contrast(
        "Guided sampling adds a classifier. Plain sampling uses none.", "sampling", "classifier"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Adversarial diffusion distillation adds a discriminator, but standard diffusion "
        "training has none.",
        "Diffusion distillation can add a discriminator, while plain diffusion uses none.",
    ],
)
@pytest.mark.parametrize("question", ["genai-066", "genai-077"])
def test_a_contrast_with_none_is_no_discriminator_claim(
    answer: str, question: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert not grade.misconceptions
    assert not grade.contradictions


@pytest.mark.parametrize("question", ["genai-066", "genai-077"])
def test_a_discriminator_said_of_diffusion_is_still_wrong(
    question: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(
        genai.get(question), "Diffusion models use a discriminator, but GANs use none."
    )
    assert grade.misconceptions or grade.contradictions


def test_use_none_then_a_claim_credits_the_claim(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-066"),
        "GANs train a generator against a discriminator, while diffusion models use none "
        "and just learn to predict the noise.",
    )
    assert "learns to denoise" in {m.concept for m in grade.matched}
    assert not grade.contradictions
