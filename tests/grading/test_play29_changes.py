"""Play test 29 F8 / F6: a change said backwards, and a comparative in -er turned around
(reference mode): "turn oxygen and glucose into carbon dioxide and water" for the key's "turn
carbon dioxide and water into glucose and oxygen" and "denser" for "less dense" scored
`strong`."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.changes import changes
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.reversals import Said, read_comparatives, said_clauses
from interviewer.core.grading.text import Text


def reversals_said(sentence: str) -> Said:
    text = Text.of(sentence)
    return next(s for _, _, s in said_clauses(text, Structure.of(text)))


# F8: a change said backwards, and a comparative in -er turned around

PHOTO_Q = "What is photosynthesis?"
PHOTO_KEY = "Plants use light energy to turn carbon dioxide and water into glucose and oxygen."


def read_changes(sentence: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    text = Text.of(sentence)
    return [(c.source, c.target) for c in changes(text, Structure.of(text))]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (PHOTO_KEY, {"carbon", "dioxid", "water"}, {"glucos", "oxygen"}),
        ("Enzymes convert starch into sugar, which cells burn.", {"starch"}, {"sugar"}),
        ("Heat flows from hot coffee to the cold cup.", {"hot", "coffee"}, {"cold", "cup"}),
        ("Water becomes ice below zero degrees.", {"water"}, {"ice"}),
        ("Liquid water turns into vapour at its boiling point.", {"liquid", "water"}, {"vapour"}),
    ],
)
def test_a_change_is_read_with_its_input_and_output(
    sentence: str, source: set[str], target: set[str]
) -> None:
    assert read_changes(sentence) == [(frozenset(source), frozenset(target))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Plants do not turn glucose into carbon dioxide.",  # denied
        "If plants turn glucose into carbon dioxide, they respire.",  # supposed
        "Plants turn towards the light.",  # no "into": no change
    ],
)
def test_a_change_denied_supposed_or_without_sides_is_not_read(sentence: str) -> None:
    assert read_changes(sentence) == []


@pytest.mark.parametrize(
    "answer",
    [
        "Plants use light energy to turn oxygen and glucose into carbon dioxide and water.",
        "Animals use light to turn glucose and oxygen into carbon dioxide, which is "
        "photosynthesis.",
    ],
)
def test_a_change_said_backwards_cannot_pass(answer: str) -> None:
    grade = grade_reference(PHOTO_Q, PHOTO_KEY, answer)
    assert "contradiction" in grade.flags
    assert grade.score <= CAP and not grade.passed
    assert any(c.evidence[0] in answer for c in grade.contradictions)


@pytest.mark.parametrize(
    "answer",
    [
        PHOTO_KEY,
        "Plants take in carbon dioxide and water and, using sunlight, make sugar (glucose) and "
        "give off oxygen.",
        "Using light, plants change carbon dioxide and water into glucose and oxygen.",
        # the key's way said too: the backwards sentence is a slip set right
        "Plants turn carbon dioxide and water into glucose and oxygen; respiration turns "
        "glucose and oxygen into carbon dioxide and water.",
    ],
)
def test_a_change_said_the_keys_way_is_not_flagged(answer: str) -> None:
    grade = grade_reference(PHOTO_Q, PHOTO_KEY, answer)
    assert "contradiction" not in grade.flags, answer


ICE_Q = "Why does ice float on water?"
ICE_KEY = (
    "Ice is less dense than liquid water because hydrogen bonds hold its molecules in an open "
    "crystal lattice."
)


@pytest.mark.parametrize(
    "answer",
    [
        "Ice is denser than liquid water because hydrogen bonds pack its molecules into a "
        "tight crystal lattice.",
        "Ice is denser than liquid water.",
        "Liquid water is less dense than ice.",
    ],
)
def test_a_comparative_in_er_is_read_with_its_direction(answer: str) -> None:
    grade = grade_reference(ICE_Q, ICE_KEY, answer)
    assert "contradiction" in grade.flags, answer
    assert not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        ICE_KEY,
        "Liquid water is denser than ice, because hydrogen bonds hold ice in an open lattice.",
        "Ice is lighter than the same volume of liquid water: its hydrogen bonds hold the "
        "molecules in an open crystal lattice.",
    ],
)
def test_a_comparative_said_the_keys_way_is_not_flagged(answer: str) -> None:
    grade = grade_reference(ICE_Q, ICE_KEY, answer)
    assert "contradiction" not in grade.flags, answer


def test_only_the_keys_own_words_are_read_as_comparatives() -> None:
    # "layer" is no comparative of "lay"; "water" of nothing the key compares
    said = reversals_said("Ice is less dense than liquid water.")
    clause = reversals_said("The top layer of water is colder.")
    assert read_comparatives(said, clause) == clause
