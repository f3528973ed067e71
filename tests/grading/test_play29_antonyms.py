"""Play test 29 F16: the key's words turned by an antonym ("forgets" for "remembers") or a pair
of them exchanged ("an outer function that captures names from its inner function") scored
`adequate` and `strong` against the teacher's key (reference mode)."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.antonyms import ANTONYMS, opposite
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.text import DIRECTION_WORDS, stem

Q = "What is a closure in Python?"
KEYS = [
    "A closure is a function that remembers variables from the enclosing scope where it was "
    "defined, even after that scope has finished.",
    "An inner function that captures names from its outer function.",
]


def test_the_table_is_symmetric_and_leaves_direction_words_to_reversals() -> None:
    assert all(w in ANTONYMS[o] for w, others in ANTONYMS.items() for o in others)
    assert not set(ANTONYMS) & set(DIRECTION_WORDS)
    assert opposite(stem("forgets"), frozenset({stem("remember")})) == stem("remember")
    # used only when the key states the word
    assert opposite(stem("forgets"), frozenset({stem("variable")})) is None


@pytest.mark.parametrize(
    "answer",
    [
        "An outer function that captures names from its inner function.",
        "A closure is a function that forgets variables from the enclosing scope where it was "
        "defined.",
    ],
)
def test_an_antonym_of_the_keys_word_or_a_pair_exchanged_cannot_pass(answer: str) -> None:
    grade = grade_reference(Q, KEYS, answer)
    assert "contradiction" in grade.flags, answer
    assert grade.score <= CAP and not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        *KEYS,
        "An inner function that keeps access to the outer function's variables after the outer "
        "function has returned.",
        # the pair said both ways names both sides
        "A closure is a function that remembers, and never forgets, variables from the "
        "enclosing scope where it was defined.",
        # the passive says the roles the other way round, rightly
        "Names of the outer function are captured by the inner function.",
    ],
)
def test_the_keys_words_said_its_way_are_not_flagged(answer: str) -> None:
    grade = grade_reference(Q, KEYS, answer)
    assert "contradiction" not in grade.flags, answer


@pytest.mark.parametrize("keywords", [None, ["enclosing scope"]])
def test_dee_forgets_in_her_own_words_cannot_pass(keywords: list[str] | None) -> None:
    # the play test's class2.csv row: 4 of the key side's 6 words, with "forgets" (76.9)
    answer = (
        "A closure forgets the variables from the enclosing scope once that scope has finished."
    )
    grade = grade_reference(Q, KEYS, answer, keywords=keywords)
    assert "contradiction" in grade.flags
    assert not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        "A closure remembers the variables of the enclosing scope and never forgets them after "
        "the scope has finished.",
        "A closure is an inner function that keeps the enclosing scope variables alive after the "
        "outer function returns; it does not lose them.",
        "A closure is a function that remembers the variables of the scope where it was defined.",
    ],
)
def test_the_keys_word_kept_in_other_words_is_no_contradiction(answer: str) -> None:
    grade = grade_reference(Q, KEYS, answer, keywords=["enclosing scope"])
    assert "contradiction" not in grade.flags
