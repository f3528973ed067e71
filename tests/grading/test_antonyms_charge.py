"""Antonyms of charge and of connection (antonyms.py): "positive" for the key's "negative",
"disconnected" for its "connected". An answer naming the right part in the wrong state
("connected to the positive terminal" where the key connects it to the negative one) had
shared every other word with the key and passed in reference mode."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.antonyms import opposite
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.text import stem

Q = "Where do the electrons leave a zinc-carbon cell?"
KEY = "The electrons leave the cell through its negative electrode, the zinc casing."
Q2 = "Why does the pump not run?"
KEY2 = "The pump motor is disconnected from the power supply, so no current flows through it."


def test_the_pairs_are_read_both_ways() -> None:
    assert opposite(stem("positive"), frozenset({stem("negative")})) == stem("negative")
    assert opposite(stem("disconnected"), frozenset({stem("connect")})) == stem("connect")


@pytest.mark.parametrize(
    ("question", "key", "answer"),
    [
        (Q, KEY, "The electrons leave the cell through its positive electrode, the zinc casing."),
        (Q2, KEY2, "The pump motor is connected to the power supply, so no current flows."),
    ],
)
def test_the_part_named_in_the_opposite_state_cannot_pass(
    question: str, key: str, answer: str
) -> None:
    grade = grade_reference(question, [key], answer)
    assert "contradiction" in grade.flags, answer
    assert grade.score <= CAP and not grade.passed


@pytest.mark.parametrize(
    ("question", "key", "answer"),
    [
        (Q, KEY, "Through the negative electrode, which is the zinc casing of the cell."),
        (Q2, KEY2, "Its motor has been disconnected from the power supply, so no current flows."),
        # both states named: the answer compares them, and says the key's way
        (Q, KEY, "Not the positive electrode: electrons leave through the negative zinc casing."),
    ],
)
def test_the_keys_state_said_its_way_is_not_flagged(question: str, key: str, answer: str) -> None:
    grade = grade_reference(question, [key], answer)
    assert "contradiction" not in grade.flags, answer
