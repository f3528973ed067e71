"""A rejecting word that is one of a wrong-claim line's own words is the claim's verb, not a
phrase that sets the claim aside (asides.Asides.rejected, lines67): "RLHF replaces
pretraining." says the misconception 'RLHF replaces pretraining'; a denial of it, or the same
words after "rather than", still do not."""

from __future__ import annotations

from functools import cache

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.resources import bundled_banks_dir


@cache
def _grader() -> tuple[Bank, Grader]:
    bank = load_bank(bundled_banks_dir() / "genai.yaml")
    return bank, Grader(bank)


def _wrong(qid: str, answer: str) -> bool:
    bank, grader = _grader()
    grade = grader.grade(bank.get(qid), answer)
    return bool(grade.contradictions or grade.misconceptions)


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-099", "RLHF replaces pretraining."),
        ("genai-027", "All selected tokens are replaced with mask."),
        ("genai-123", "Retraining replaces monitoring."),
        ("genai-076", "The condition replaces the noise vector."),
    ],
)
def test_a_line_that_says_replaces_is_found(qid: str, answer: str) -> None:
    assert _wrong(qid, answer)


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-099", "RLHF does not replace pretraining; it fine-tunes a pretrained model."),
        ("genai-099", "RLHF builds on pretraining rather than replacing it."),
        ("genai-123", "Retraining does not replace monitoring."),
        ("genai-123", "Monitoring is needed because retraining alone never replaces it."),
    ],
)
def test_a_denied_replacement_is_not_found(qid: str, answer: str) -> None:
    assert not _wrong(qid, answer)
