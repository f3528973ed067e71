"""An answer that takes back what it says ("... lol jk it is the opposite") does not pass in
reference mode (play27 M5 r9: the key word for word plus that scored 88.6 `strong`)."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.retractions import retraction
from interviewer.core.grading.text import Text


def taken_back(answer: str) -> str | None:
    text = Text.of(answer)
    return retraction(text, Structure.of(text))


@pytest.mark.parametrize(
    ("answer", "quoted"),
    [
        ("A stack is last in, first out. Just kidding!", "Just kidding"),
        (
            "Mitosis makes two identical cells. No wait, actually it is the other way round.",
            "No wait, actually it is the other way round",
        ),
        ("Photosynthesis releases oxygen. lol jk. The reverse is true.", "lol jk"),
        (
            "Inflation erodes savings. It's the exact opposite, haha.",
            "It's the exact opposite, haha",
        ),
    ],
)
def test_a_sentence_that_only_takes_back_is_a_retraction(answer: str, quoted: str) -> None:
    assert taken_back(answer) == quoted


@pytest.mark.parametrize(
    "answer",
    [
        # names what is opposite, or of what: it says something
        "Overfitting fits noise. Underfitting is the opposite: high error on both sets.",
        "A stack is LIFO. The reverse is true for a queue.",
        "It is the opposite of a queue. A stack is LIFO.",
        # nothing before it to take back
        "Just kidding. A queue is first in, first out.",
        "A stack is last in, first out, the reverse of a queue.",
    ],
)
def test_a_sentence_that_says_something_is_not(answer: str) -> None:
    assert taken_back(answer) is None


@pytest.mark.parametrize(
    ("prompt", "key"),
    [
        (
            "What does a catalyst do?",
            "A catalyst lowers the activation energy of a reaction without being consumed.",
        ),
        (
            "What is a stack?",
            "A stack is a collection where the last item pushed is the first one popped.",
        ),
    ],
)
def test_the_key_taken_back_cannot_pass_and_is_flagged(prompt: str, key: str) -> None:
    right = grade_reference(prompt, key, key)
    wrong = grade_reference(prompt, key, key + " lol jk it is the opposite.")
    assert right.score > CAP
    assert wrong.score <= CAP and "contradiction" in wrong.flags
    assert "lol jk it is the opposite" in [c.evidence[0] for c in wrong.contradictions]


@pytest.mark.parametrize(
    ("answer", "quoted"),
    [
        (
            "At temperature 0 it decodes greedily. lol jk, it's completely deterministic, same "
            "prompt always gives same output.",
            "lol jk, it's completely deterministic, same prompt always gives same output",
        ),
        ("A stack is LIFO. Just kidding: it is FIFO.", "Just kidding: it is FIFO"),
    ],
)
def test_a_sentence_opening_with_a_joke_word_takes_back_what_came_before(
    answer: str, quoted: str
) -> None:
    assert taken_back(answer) == quoted


@pytest.mark.parametrize(
    "answer",
    [
        "A stack is LIFO. Kidding aside, a queue is FIFO.",
        "A stack is LIFO. Just kidding aside, a queue is FIFO.",
        "A stack is LIFO. Actually, a queue is FIFO.",
        "A stack is LIFO. Not really a queue, though.",
    ],
)
def test_a_sentence_opening_with_another_aside_takes_nothing_back(answer: str) -> None:
    assert taken_back(answer) is None
