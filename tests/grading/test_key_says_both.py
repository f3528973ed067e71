"""A key that denies a word of a subject and states the same word of it elsewhere (beetle55):
"bulbs B and C don't affect it [bulb A] ... They [B and C] affect each other" says what B and C
do not affect and what they do, told apart by an object the sides do not read. Such a denial is
not read as turned: "Bulb B and bulb C will affect each other", said the key's way, had been
capped at 25 with a contradiction against "bulbs B and C don't affect it" (SemEval-2013 Beetle
train, OPT2_EXPLAIN_Q: 3 right answers)."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.opposed_sides import NOT
from interviewer.core.grading.polarity import key_sides
from interviewer.core.grading.text import Text

QUESTION = "Describe the paths in this diagram and explain how those paths account for the results."
KEY = (
    "Bulb A is in a path which does not contain B and C, so bulbs B and C don't affect it. "
    "Bulbs B and C are in the same path. They affect each other, but Bulb A doesn't affect them."
)


def test_the_key_states_what_it_denies_so_the_answer_saying_it_is_no_contradiction() -> None:
    answer = (
        "Bulb A is on a separate path than bulb B and bulb C. Bulb A will not affect bulb B and "
        "bulb C. Bulb B and bulb C will affect each other."
    )
    grade = grade_reference(QUESTION, KEY, answer)
    assert "contradiction" not in grade.flags  # 25.0, contradiction before
    assert grade.passed


def test_a_denial_the_key_never_states_is_still_turned() -> None:
    key = "Bulb A is in a path which does not contain B and C, so bulbs B and C don't affect it."
    grade = grade_reference(QUESTION, key, "Bulbs B and C affect bulb A.")
    assert "contradiction" in grade.flags


def _denying(key: str) -> list[str]:
    """The subjects of the key's sides that deny "affect"."""
    return [
        s.subject
        for s in key_sides(Text.of(key), frozenset())
        if any(w.startswith(NOT) and w.removeprefix(NOT).startswith("affect") for w in s.said)
    ]


def test_a_key_side_is_left_out_only_when_the_key_states_its_denied_word_of_that_subject() -> None:
    alone = "Bulb A is in a path which does not contain B and C, so bulbs B and C don't affect it."
    assert _denying(alone)
    assert not _denying(KEY)
