"""A listed wrong claim whose noun compound ("training loss" of "early stopping on training
loss") is found where the answer's head word has another word before it ("the validation loss")
and the compound's first word stands elsewhere ("halts training") is not said
(ties.head_of_another). Found on a blind correct_probes49 answer of genai-093 (cp49-035),
capped at 20 for "early stopping on training loss"."""

from __future__ import annotations

import pytest

from interviewer.core.bank import load_bank
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")


def _wrong(grader, text: str) -> bool:
    grade = grader.grade(BANK.get("genai-093"), text)
    return any(c.concept == "early stopping" for c in grade.contradictions)


def test_the_head_with_another_modifier_says_another_thing(grader) -> None:
    assert not _wrong(
        grader, "Early stopping halts training when the validation loss starts to rise."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Use early stopping on training loss.",
        "Use early stopping on the training loss.",
        "Early stopping: stop when the training loss plateaus.",
        "Early stopping halts training when the loss of the training set stops falling.",
    ],
)
def test_the_compound_said_is_still_wrong(grader, text: str) -> None:
    assert _wrong(grader, text)
