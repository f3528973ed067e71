"""Reference mode: a short answer with a negation reads as saying the opposite of a key with none
only when one of the key's references states everything the answer denies (beetle57). "bulb C is
not in the same path as bulbs A and B" denies bulb C sharing a path with A and B: no reference
states that ("Bulb C is in a separate path" does not name A and B), so the answer agrees with
the key and is no longer capped at 50. "bulbs A and B are not in closed paths with the cell"
denies what "Bulbs A and B are still in closed paths with the cell" states: still capped,
whichever reference it is scored against."""

from __future__ import annotations

from interviewer.core.grading import grade_reference

QUESTION = "One bulb burns out. Explain why the other bulbs stay lit."
KEYS = [
    "Bulb C is in a separate path.",
    "Bulbs A and B are still in closed paths with the cell.",
    "Each bulb is in its own path.",
]


def _negation(grade) -> float:  # type: ignore[no-untyped-def]
    return sum(p.points for p in grade.explanation if p.signal in ("negation", "negated"))


def test_denying_what_no_reference_states_is_no_contradiction() -> None:
    for answer in (
        "bulb C is not in the same path as bulbs A and B.",
        "bulbs A and B are not in the same path as bulb C.",
    ):
        grade = grade_reference(QUESTION, KEYS, answer)
        assert _negation(grade) == 0.0
        assert grade.passed  # 50.0 before


def test_denying_what_a_reference_states_is_still_a_contradiction() -> None:
    for answer in (
        "bulbs A and B are not in closed paths with the cell.",
        "bulbs A and B are not in a closed path.",
    ):
        grade = grade_reference(QUESTION, KEYS, answer)
        assert _negation(grade) < 0.0
        assert grade.score <= 50.0


def test_a_key_that_says_a_negation_is_read_as_before() -> None:
    keys = ["Bulb C is not in the same path as bulbs A and B."]
    grade = grade_reference(QUESTION, keys, "bulb C is not in the same path as bulbs A and B.")
    assert _negation(grade) == 0.0
    assert grade.passed
