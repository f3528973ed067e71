"""A wrong claim said of its subject across a comma (across_comma.py, wrong37): a relative
clause ("X, which is Y"), a short aside ("X, on the other hand, is Y") and a list before
"which" ("A, B and X, which are Y") state the claim of X; a negation, a subject that is the
object of a preposition, a hyphened part of a word and a "which" after another noun do not.
Sentences written for this test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.across_comma import said_across_comma
from interviewer.core.grading.matching import COUNTING, Answer, make_phrase
from interviewer.core.grading.text import Text

CLAIM = "LoRA trains all of the model's weights"


def _found(claim: str, sentence: str) -> str | None:
    phrase = make_phrase(claim, keep=COUNTING, twice=True)
    assert phrase is not None
    text = Text.of(sentence)
    match = said_across_comma(phrase, Answer.of(text, frozenset()))
    return None if match is None else text.evidence(min(match.positions), max(match.positions))


@pytest.mark.parametrize(
    ("claim", "sentence", "evidence"),
    [
        (
            CLAIM,
            "Most teams pick LoRA, which trains all of the model's weights in lower precision.",
            "LoRA, which trains all of the model's weights",
        ),
        (
            "a VAE is trained adversarially",
            "A VAE, in short, is trained adversarially against a critic network.",
            "VAE, in short, is trained adversarially",
        ),
        (
            "a VAE is trained adversarially",
            "A VAE, as we saw, is trained adversarially.",
            "VAE, as we saw, is trained adversarially",
        ),
        (
            "a VAE is trained adversarially",
            "The VAE, on the other hand, is trained adversarially.",
            "VAE, on the other hand, is trained adversarially",
        ),
        (
            "Triton is a hosted cloud service",
            "Good options are Ollama, Triton and TGI, which are hosted cloud services you rent.",
            "Triton and TGI, which are hosted cloud service",
        ),
    ],
)
def test_said_across_a_comma(claim: str, sentence: str, evidence: str) -> None:
    found = _found(claim, sentence)
    assert found is not None and found.startswith(evidence[:10]) and evidence in sentence
    assert found in sentence  # the candidate's own words


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # said in one clause: the statement match's, not this reading's
        (CLAIM, "LoRA trains all of the model's weights."),
        # a negation in the relative clause
        (CLAIM, "Most teams pick LoRA, which never trains all of the model's weights."),
        # the object of a preposition: "which" is about the whole clause
        (CLAIM, "We save memory with LoRA, which trains all of the model's weights slower."),
        # "which" after another noun
        (CLAIM, "LoRA adds an adapter, which trains all of the model's weights' updates."),
        # a hyphened part of a word
        ("duplicates improve quality", "Remove near-duplicates, which improve quality."),
        # a noun phrase after the comma is the clause's own subject
        ("a VAE is trained adversarially", "Unlike the VAE, the GAN is trained adversarially."),
        ("a VAE is trained adversarially", "In a VAE, the critic is trained adversarially."),
        # no comma at all
        ("a VAE is trained adversarially", "A VAE that is trained adversarially."),
    ],
)
def test_not_said_across_a_comma(claim: str, sentence: str) -> None:
    assert _found(claim, sentence) is None


ASIDES = ["however", "in short", "on the other hand", "in practice", "by contrast"]
SUBJECTS = ["LoRA", "CLIP", "Whisper", "vLLM"]
NOUNS = ["adapter", "classifier", "service", "tokenizer", "cache", "index", "router"]


@settings(max_examples=60, deadline=None)
@given(
    subject=st.sampled_from(SUBJECTS),
    aside=st.sampled_from(ASIDES),
    nouns=st.lists(st.sampled_from(NOUNS), min_size=2, max_size=3, unique=True),
)
def test_aside_keeps_and_negation_drops_the_claim(
    subject: str, aside: str, nouns: list[str]
) -> None:
    """Property: a claim "S is a N1 N2" said with any short aside after S is found, quoting the
    answer's own words; with "not" after the verb it is never found; after "for" it is not."""
    claim = f"{subject} is a {' '.join(nouns)}"
    said = f"{subject}, {aside}, is a {' '.join(nouns)}."
    found = _found(claim, said)
    assert found is not None and found in said
    assert _found(claim, f"{subject}, {aside}, is not a {' '.join(nouns)}.") is None
    assert _found(claim, f"We ran it for {subject}, {aside}, is a {' '.join(nouns)}.") is None


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a bank-wide misconception ("LoRA trains all of the model's weights")
        ("genai-081", "Most teams use LoRA, which trains all of the model's weights in 8-bit."),
        # a question's `contradicts` ("CLIP is a unimodal image classifier")
        ("genai-127", "CLIP, on the other hand, is a unimodal image classifier."),
    ],
)
def test_graded_as_a_wrong_claim(genai: Bank, genai_grader: Grader, question: str, sentence: str):
    grade = genai_grader.grade(genai.get(question), sentence)
    assert grade.misconceptions or grade.contradictions
    evidence = [e for c in grade.contradictions for e in c.evidence]
    evidence += [e for m in grade.misconceptions for e in m.evidence]
    assert evidence and all(e in sentence for e in evidence)
