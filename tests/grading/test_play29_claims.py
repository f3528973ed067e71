"""Play test 29: wrong claims written in the answer key's own words (reference mode).

F4: a contrast the key joins with "and" ("A list is mutable and a tuple is immutable") was not
read, so its two subjects swapped scored 93.2 `strong`; the comma, "while" and ";" forms were.
"""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.opposed_sides import NOT
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.subject_sides import sides
from interviewer.core.grading.swaps import reference_contrasts
from interviewer.core.grading.text import Text

TUPLE_Q = "What is the difference between a list and a tuple?"
TUPLE_KEY = (
    "A list is mutable and a tuple is immutable, so a tuple can be a dictionary key and a list "
    "cannot."
)


def test_a_contrast_joined_by_and_is_read_as_two_sides() -> None:
    contrasts = reference_contrasts(Text.of("A list is mutable and a tuple is immutable."))
    assert [(c.subjects, c.apart) for c in contrasts] == [
        (("list", "tupl"), (frozenset({"mutabl"}), frozenset({"immutabl"})))
    ]


def test_a_side_that_says_only_its_subject_and_a_denial_says_the_other_side_denied() -> None:
    text = Text.of("A tuple can be a dictionary key and a list cannot.")
    said = {s.subject: s.said for s in sides(text, Structure.of(text)) if s.last - s.first < 7}
    assert said["list"] == frozenset({NOT + "dictionary", NOT + "key"})
    assert said["tupl"] == frozenset({"dictionary", "key"})
    # turned the other way too: "cannot ... and a list can"
    text = Text.of("A tuple cannot be changed, and a list can.")
    found = [s for s in sides(text, Structure.of(text)) if s.subject == "list"]
    assert found[-1].said == frozenset({"chang"})
    # both deny, or neither does: nothing is read into it
    text = Text.of("A tuple cannot be changed and a list cannot.")
    assert all(not s.said for s in sides(text, Structure.of(text)) if s.subject == "list")


@pytest.mark.parametrize(
    "answer",
    [
        "A tuple is mutable and a list is immutable, so a list can be a dictionary key and a "
        "tuple cannot.",
        "A tuple is mutable, a list is immutable.",
        "A tuple is mutable and a list is immutable.",
        "Tuples are mutable and lists are immutable, so lists can be dict keys.",
        "Lists are read-only and tuples can be modified, so lists work as dict keys.",
        "A list can't be changed after you create it, a tuple can be changed, which is why a "
        "list can be used as a dict key and a tuple can't.",
    ],
)
def test_the_and_contrast_swapped_cannot_pass(answer: str) -> None:
    grade = grade_reference(TUPLE_Q, TUPLE_KEY, answer)
    assert "contradiction" in grade.flags, answer
    assert grade.score <= CAP and not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        TUPLE_KEY,
        "A list can be changed after you create it, a tuple can't be changed, which is why a "
        "tuple can be used as a dict key and a list can't.",
        "You can edit a list in place but a tuple is fixed once made, so only the tuple works "
        "as a key in a dict.",
        "Lists are mutable and tuples are immutable.",
    ],
)
def test_the_and_contrast_said_right_passes(answer: str) -> None:
    grade = grade_reference(TUPLE_Q, TUPLE_KEY, answer)
    assert "contradiction" not in grade.flags, answer
    assert grade.passed
