"""A claim with no "than" of its own ("batching helps prefill more", "batching mainly helps
prefill") is not said where its object is the lesser side of the answer's comparison: "batching
helps decoding far more than prefill" says the opposite (ties.lesser_side). Found on a blind
follow-up sentence of correct_probes48 on genai-167, flagged with the misconception "batching
mainly helps prefill"."""

from __future__ import annotations

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.grading.matching import Answer, make_phrase, match_phrase
from interviewer.core.grading.text import Text
from interviewer.core.grading.ties import lesser_side
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")


def _lesser(claim: str, text: str) -> bool | None:
    phrase = make_phrase(claim)
    assert phrase is not None
    answer = Answer.of(Text.of(text))
    match = match_phrase(phrase, answer, unit="segment", needed=1.0)
    return None if match is None else lesser_side(phrase, answer, list(match.positions))


def test_the_object_after_more_than_is_the_lesser_side() -> None:
    assert _lesser("batching helps prefill more", "Batching helps decoding far more than prefill.")


@pytest.mark.parametrize(
    "text",
    [
        "Batching helps prefill far more than decoding.",
        "Batching helps prefill more.",
        "Batching helps decoding less than prefill.",  # less: prefill is the greater side
    ],
)
def test_the_claim_said_is_kept(text: str) -> None:
    assert not _lesser("batching helps prefill more", text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Batching helps decoding far more than prefill, because prefill already has high "
            "arithmetic intensity and decoding does not.",
            False,
        ),
        ("Batching helps prefill far more than decoding.", True),
        ("Batching mainly helps prefill.", True),
    ],
)
def test_graded_on_the_genai_bank(grader, text: str, flagged: bool) -> None:
    grade = grader.grade(BANK.get("genai-167"), text)
    found = [m for m in grade.misconceptions if m.phrase == "batching mainly helps prefill"]
    assert bool(found) is flagged
