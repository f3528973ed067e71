"""An order of arrival ("last in, first out", "FIFO") read as one word by the swap check:
"a stack is FIFO, a queue is LIFO" against a key that says the other way round is a swap."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.in_out_orders import (
    REVERSED,
    SAME,
    age_order,
    in_out_orders,
    opposed,
)
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.text import Text

QUESTION = "How does a stack differ from a queue?"
KEY = (
    "A stack is last in, first out: the element added most recently leaves first. A queue is "
    "first in, first out: elements leave in the order they came."
)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("last in, first out", REVERSED),
        ("first-in, last-out", REVERSED),
        ("LIFO", REVERSED),
        ("filo", REVERSED),
        ("first in first out", SAME),
        ("Last-in last-out", SAME),
        ("FIFO", SAME),
        ("oldest in, oldest out", SAME),
    ],
)
def test_each_writing_of_an_order_is_one_of_two_words(written: str, read: str) -> None:
    text = Text.of(f"The buffer is {written} here.")
    found = in_out_orders(text)
    assert list(found.starts.values()) == [read]
    first = min(found.starts)
    assert all(i > first for i in found.inside)


def test_an_order_said_twice_is_read_twice() -> None:
    text = Text.of("A queue is first in, first out; a pipe is first in, first out too.")
    assert list(in_out_orders(text).starts.values()) == [SAME, SAME]


def test_a_priority_or_a_lone_first_is_no_order() -> None:
    assert not in_out_orders(Text.of("Highest in, lowest out: a heap.")).starts
    assert not in_out_orders(Text.of("The first item goes in and the last one comes out.")).starts


def test_the_two_orders_are_opposed_and_nothing_else_is() -> None:
    assert opposed(REVERSED, SAME)
    assert not opposed(SAME, SAME)
    assert not opposed(SAME, "first")


@pytest.mark.parametrize(
    "answer",
    [
        "A stack is FIFO, a queue is LIFO.",
        "A queue is last in, first out, while a stack is first in, first out.",
        "Stacks work first-in first-out. Queues work last-in first-out.",
        "A stack removes the oldest item first, and a queue removes the newest item first.",
        "A queue gives you the most recently added element; a stack gives you the earliest.",
    ],
)
def test_the_two_orders_swapped_are_a_swap(answer: str) -> None:
    grade = grade_reference(QUESTION, KEY, answer)
    assert any("(swapped)" in c.concept for c in grade.contradictions), grade.contradictions
    assert grade.score <= CAP
    for contradiction in grade.contradictions:
        for quote in contradiction.evidence:
            assert quote.strip("…. ") in answer


@pytest.mark.parametrize(
    "answer",
    [
        "A stack is LIFO, a queue is FIFO.",
        "A queue is first in, first out, while a stack is last in, first out.",
        "Stack: first in, last out. Queue: first in, first out.",
        "The last element pushed on a stack is the first one popped, and a queue hands them "
        "back first in, first out.",
        "In a queue the oldest element leaves first; in a stack the newest element leaves first.",
        "A stack hands back the newest element, and in a queue whoever came first leaves first.",
        "A stack gives back the last element you pushed, a queue gives back the oldest one.",
    ],
)
def test_the_orders_said_the_keys_way_are_no_swap(answer: str) -> None:
    grade = grade_reference(QUESTION, KEY, answer)
    assert not grade.contradictions, grade.contradictions


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("removes the oldest item first", SAME),
        ("the earliest arrival is served before the others", SAME),
        ("the oldest one leaves last", REVERSED),
        ("you take off the newest plate", REVERSED),
        ("the most recent one comes out", REVERSED),
        ("the newest one leaves last", SAME),
        ("the first one added is the last removed", REVERSED),
        ("whoever came first leaves first", SAME),
        ("it evicts the least recently used page", SAME),
        ("the item added last", None),
        ("the first step is parsing", None),
        ("keeps the newest and drops the oldest", None),
    ],
)
def test_the_age_of_what_leaves_says_an_order(words: str, read: str | None) -> None:
    assert age_order(words.split()) == read


def test_an_age_said_of_other_subjects_is_no_swap() -> None:
    key = (
        "A full backup copies every file each time. An incremental backup copies only the "
        "files changed since the last backup."
    )
    answer = (
        "An incremental backup copies the oldest files first, and a full backup copies the "
        "newest files first."
    )
    grade = grade_reference("Full versus incremental backups?", key, answer)
    assert not any("(swapped)" in c.concept for c in grade.contradictions)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefilnorstuFILO ,-;.", max_size=60))
def test_any_text_reads_without_error_and_inside_follows_a_start(text: str) -> None:
    found = in_out_orders(Text.of(text))
    for i in found.inside:
        assert any(s < i <= e for s, e in found.ends.items())
