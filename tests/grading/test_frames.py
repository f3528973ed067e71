"""A statement set inside a condition, a supposition or a harm avoided is not the candidate's
claim, and a negation there denies nothing (frames.py, read by `Asides.framed` for listed wrong
claims and misconceptions, and by `Denials` for denials); the main clause after the frame is
claimed. Sentences written for this test (claims52), each construction with its control."""

from __future__ import annotations

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")


def read(text: str) -> tuple[Structure, list[str]]:
    structure = Structure.of(Text.of(text))
    return structure, structure.text.words


@pytest.mark.parametrize(
    ("text", "framed", "claimed"),
    [
        ("If the vocabulary is too small, words are split into many tokens.", "small", "split"),
        ("Unless it is fine-tuned, the model only continues text.", "tuned", "continues"),
        ("As long as the data is clean, the loss falls quickly.", "clean", "falls"),
        (
            "Suppose the model memorised the test set; its score is then inflated.",
            "memorised",
            "inflated",
        ),
        ("Assuming the prompt is short, the cache stays small.", "short", "stays"),
        ("Imagine a model trained only on code; it writes poor poems.", "code", "poems"),
        ("Labelled data is added later to avoid unsafe outputs.", "unsafe", "labelled"),
        ("Gradients are clipped to prevent them from exploding.", "exploding", "clipped"),
        (
            "If you raise the temperature, outputs become more deterministic.",
            "raise",
            "deterministic",
        ),
    ],
)
def test_a_framed_statement_is_not_claimed_and_the_main_clause_is(
    text: str, framed: str, claimed: str
) -> None:
    s, w = read(text)
    assert s.framed([w.index(framed)])
    assert not s.framed([w.index(claimed)])


def test_the_usual_case_a_with_changes_is_framed() -> None:
    s, w = read(
        "Normally the forward pass stores every activation. With checkpointing only some are kept."
    )
    assert s.framed([w.index("stores")])
    assert not s.framed([w.index("kept")])


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # "so that ... not" is most often a claim (wrong_claims_probes44, train-blind w48b-031)
        ("Labels are mixed in so that the student does not copy the teacher's mistakes.", True),
        ("If the student does not copy the teacher, it learns little.", False),
        ("The student does not copy the teacher's mistakes.", True),
        ("Labels are mixed in, so the student does not copy the teacher's mistakes.", True),
    ],
)
def test_a_negation_in_a_purpose_or_condition_denies_nothing(text: str, denied: bool) -> None:
    s, w = read(text)
    assert s.denied(w.index("copy")) is denied


def _stated(grader, question: str, text: str, claim: str) -> bool:
    grade = grader.grade(BANK.get(question), text)
    return any(claim in c.detail for c in grade.contradictions)


@pytest.mark.parametrize(
    "text",
    [
        "If checkpointing stored every layer's activations, it would save no memory; it keeps "
        "only some and recomputes the rest in the backward pass.",
        "Suppose gradient checkpointing stored every activation: it would save nothing. It "
        "keeps only some activations and recomputes the rest in the backward pass.",
    ],
)
def test_a_listed_wrong_claim_inside_a_condition_is_not_stated(grader, text: str) -> None:
    assert not _stated(grader, "genai-049", text, "stores every activation")


@pytest.mark.parametrize(
    "text",
    [
        "Gradient checkpointing stores every layer's activations, so it saves memory.",
        "If memory is short, gradient checkpointing stores every layer's activations.",
    ],
)
def test_a_listed_wrong_claim_in_the_main_clause_is_stated(grader, text: str) -> None:
    assert _stated(grader, "genai-049", text, "stores every activation")
