"""An order of arrival said the other way round of the key's subject (turned_orders.py)."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.in_out_orders import REVERSED, SAME
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.turned_orders import key_orders

QUESTION = "What is a stack?"
KEY = "A stack is last in, first out: the element pushed most recently is popped first."


def test_a_key_says_one_order_of_each_subject() -> None:
    assert [(s, o) for s, o, _ in key_orders(KEY)] == [("stack", REVERSED)]
    both = "A stack is LIFO, and a queue is FIFO."
    assert sorted((s, o) for s, o, _ in key_orders(both)) == [
        ("queu", SAME),
        ("stack", REVERSED),
    ]
    assert key_orders("A stack holds plates; the newest one leaves first.") == ()
    assert key_orders("A store of items (or last-in-first-out).") == ()


@pytest.mark.parametrize(
    "answer",
    [
        "A stack is first in, first out: elements come off in the order they went on.",
        "A stack is FIFO, so the oldest element is popped first.",
        "A stack removes the oldest element first.",
    ],
)
def test_the_other_order_of_the_keys_subject_is_a_wrong_claim(answer: str) -> None:
    grade = grade_reference(QUESTION, KEY, answer)
    assert grade.contradictions, grade.explanation
    assert grade.score <= CAP
    for quote in grade.contradictions[0].evidence:
        assert quote.strip("…. ") in answer


@pytest.mark.parametrize(
    "answer",
    [
        "A stack is LIFO: the newest element is popped first.",
        "A stack is not FIFO.",
        "Unlike a queue, which is FIFO, a stack returns the newest element.",
        "A queue is first in, first out; a stack is the opposite.",
        "A stack is FIFO... no wait, a stack is LIFO, last in first out.",
        "Stack: first in, last out.",
    ],
)
def test_the_keys_order_or_another_subjects_is_no_wrong_claim(answer: str) -> None:
    grade = grade_reference(QUESTION, KEY, answer)
    assert not grade.contradictions, grade.contradictions
