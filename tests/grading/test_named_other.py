"""A bare reversed direction ("lower is better" against "higher is better") said of another
thing the answer names by an acronym at the opening of its clause is not a reversal of the
concept (named_other.py). Found on a blind correct_probes49 answer of genai-111 (cp49-022):
"FID compares the mean and covariance ... (lower is better)" was read as saying that a lower
Inception Score is better."""

from __future__ import annotations

import pytest

from interviewer.core.bank import load_bank
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")
REVERSED = "the direction is reversed (expected: 'higher is better')"


def _reversed(grader, text: str) -> bool:
    grade = grader.grade(BANK.get("genai-111"), text)
    return any(c.detail == REVERSED for c in grade.contradictions)


@pytest.mark.parametrize(
    "text",
    [
        "I'd compare three metrics: IS rewards confident and varied predictions but never looks "
        "at real data, FID compares the mean and covariance of Inception features of real and "
        "generated images (lower is better), and precision and recall separate quality from "
        "coverage.",
        "For FID, lower is better.",
        "FID compares real and generated features, and lower is better.",
    ],
)
def test_said_of_another_acronym(grader, text: str) -> None:
    assert not _reversed(grader, text)


@pytest.mark.parametrize(
    "text",
    [
        "For IS, lower is better.",  # the question's own acronym
        "IS uses a classifier on the images (lower is better).",
        "Unlike FID, lower is better.",  # set against FID: said of the subject
        "Like FID, lower is better.",
        "The Inception Score uses a classifier; lower is better.",
        "Lower is better.",
    ],
)
def test_said_of_the_subject_is_still_reversed(grader, text: str) -> None:
    assert _reversed(grader, text)
