"""Teachers' keys, round 4 (tests/data/ref_keys47.csv, written with an intended grade per row
before the code they test): what the key takes in and gives out, said the other way round
(taken_given.py); graded as `interviewer grade` grades a CSV with a key."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from interviewer.core.bank import Concept
from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.concepts import find_concepts, prepare_concept, prepare_subjects
from interviewer.core.grading.denied_between import verb_denied
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.phrases import make_phrase
from interviewer.core.grading.reference_scoring import CAP, OFF_TOPIC_CAP
from interviewer.core.grading.result import PASS_CUTOFF, Grade
from interviewer.core.grading.taken_given import IN, OUT, key_roles, roles_reversed
from interviewer.core.grading.text import Text

DATA = Path(__file__).parent.parent / "data"

LUNGS = "What happens to the blood in the lungs?"
LUNGS_KEY = (
    "In the alveoli of the lungs the blood takes in oxygen from the inhaled air and gives out "
    "carbon dioxide, which is then breathed out."
)


def _row(student: str) -> dict[str, str]:
    rows = csv.DictReader((DATA / "ref_keys47.csv").open(encoding="utf-8"))
    return next(r for r in rows if r["student"] == student)


def _graded(student: str) -> Grade:
    row = _row(student)
    keywords = [k for k in row["keywords"].split(";") if k] or None
    return grade_reference(row["question"], row["reference"], row["answer"], keywords=keywords)


@pytest.mark.parametrize("student", ["p01", "p02", "p03", "l01", "l02", "a02", "g01"])
def test_what_the_key_takes_in_given_out_is_a_swap(student: str) -> None:
    # play47: "plants breath in oxygen and release carbon dioxide" had passed at 78.6 against
    # a key in which plants use carbon dioxide and release oxygen; the lungs' 90.8
    grade = _graded(student)
    assert grade.score <= OFF_TOPIC_CAP
    assert any("exchanged" in c.concept for c in grade.contradictions)
    assert "contradiction" in grade.flags


@pytest.mark.parametrize("student", ["p05", "l04", "g03", "a04", "s06", "e03"])
def test_the_key_way_round_is_no_reversal(student: str) -> None:
    assert not any("exchanged" in c.concept for c in _graded(student).contradictions)


@pytest.mark.parametrize(
    "answer",
    [
        "The blood takes in oxygen from the air in the alveoli and gives out carbon dioxide.",
        "Oxygen is absorbed into the blood and carbon dioxide is released.",
        # one half alone: a longer list, no error
        "The blood gives out carbon dioxide and oxygen is carried to the body.",
        # denied: a denial is read elsewhere, not as roles reversed
        "The blood does not take in carbon dioxide and does not give out oxygen there.",
    ],
)
def test_no_roles_reversed(answer: str) -> None:
    key = Text.of(LUNGS_KEY)
    text = Text.of(answer)
    assert not roles_reversed(key_roles(key, Structure.of(key)), text, Structure.of(text))


def test_key_roles() -> None:
    key = Text.of(
        "Photosynthesis is the process by which plants use light energy, water and carbon "
        "dioxide to make glucose and release oxygen, in the chloroplasts using chlorophyll."
    )
    roles = key_roles(key, Structure.of(key))
    ways = {name: set(w) for name, w in roles.directions.items()}
    assert ways == {
        "light energy": {IN},
        "water": {IN},
        "carbon dioxide": {IN},
        "oxygen": {OUT},
    }


def test_the_lungs_key_reads_its_two_gases() -> None:
    key = Text.of(LUNGS_KEY)
    ways = {n: set(w) for n, w in key_roles(key, Structure.of(key)).directions.items()}
    assert ways == {"oxygen": {IN}, "carbon dioxide": {OUT}}


def test_the_key_itself_passes() -> None:
    assert grade_reference(LUNGS, LUNGS_KEY, LUNGS_KEY).score >= PASS_CUTOFF


SEASONS = "Why do we have seasons on Earth?"
SEASONS_KEY = (
    "Seasons happen because the Earth's axis is tilted about 23.5 degrees relative to its "
    "orbit, so each hemisphere gets more direct sunlight and longer days for part of the year. "
    "It is not because of the distance from the Sun."
)
SEASONS_TERMS = ["axis tilted", "direct sunlight", "longer days", "not distance"]


@pytest.mark.parametrize(
    "answer",
    [
        "The Earth's axis is not tilted, so distance causes seasons.",  # play47: 50.7 weak
        "The axis isn't tilted; the distance from the Sun changes.",
    ],
)
def test_a_key_term_said_with_its_copula_denied_is_denied(answer: str) -> None:
    grade = grade_reference(SEASONS, SEASONS_KEY, answer, keywords=SEASONS_TERMS)
    assert "contradiction" in grade.flags
    assert any(c.concept == "axis tilted" for c in grade.contradictions)
    # none of the key's terms said right besides: wrong on every point it makes
    assert grade.score <= OFF_TOPIC_CAP


def test_a_denied_term_beside_a_right_one_is_capped_at_cap() -> None:
    answer = "The axis is not tilted, but each hemisphere gets longer days in summer."
    grade = grade_reference(SEASONS, SEASONS_KEY, answer, keywords=SEASONS_TERMS)
    assert OFF_TOPIC_CAP < grade.score <= CAP


@pytest.mark.parametrize(
    ("words", "denied"),
    [
        ("the axis is not tilted", True),
        ("the axis isn't tilted", True),
        ("the axis is tilted", False),
        ("the axis is not only tilted", False),  # no copula and "not" alone between them
        ("the axis, which is not round, is tilted", False),
    ],
)
def test_denied_inside(words: str, denied: bool) -> None:
    """What had been `Structure.denied_inside`: denied_between.verb_denied with `copula`."""
    text = Text.of(words)
    structure = Structure.of(text)
    positions = [text.words.index("axis"), text.words.index("tilted")]
    found = verb_denied(
        text.words, text.stems, structure.clauses, structure.reach, positions, copula=True
    )
    assert found is denied


@pytest.mark.parametrize(
    ("words", "copula", "denied"),
    [
        # a predicate that is no verb: denied after a copula's "not" in reference mode only
        ("a tuple is not mutable", True, True),
        ("a tuple isn't mutable", True, True),
        ("a tuple is not mutable", False, False),
        # a verb's participle: denied in both modes
        ("a tuple is not modified", False, True),
        # a narrowed thing: said of some of them only, in both modes (deny50: one reading)
        ("a nested tuple is not mutable", True, False),
    ],
)
def test_one_reading_of_a_copula_denied(words: str, copula: bool, denied: bool) -> None:
    text = Text.of(words)
    structure = Structure.of(text)
    predicate = "mutable" if "mutable" in text.words else "modified"
    positions = [text.words.index("tuple"), text.words.index(predicate)]
    found = verb_denied(
        text.words, text.stems, structure.clauses, structure.reach, positions, copula=copula
    )
    assert found is denied


@pytest.mark.parametrize(
    ("denied_inside", "status"),
    [(True, "credited"), (False, "credited")],
)
def test_denied_inside_is_an_option_of_find_concepts(denied_inside: bool, status: str) -> None:
    """On in reference mode (reference_scoring/signals.py), off in rubric mode (tidy48). Since
    deny48, `denied_between` denies "The Earth's axis is not tilted" in both modes; since
    deny50 (one reading of a copula denied) a thing narrowed by a word before it ("the main
    axis") is said of some of them only in both modes, as "legitimate requests aren't
    blocked" is."""
    concept = Concept("axis tilted", 3, ("axis tilted",))
    subjects = prepare_subjects([concept], asked=frozenset())
    phrases = [p for a in concept.phrases if (p := make_phrase(a)) is not None]
    prepared = [prepare_concept(concept, phrases, subjects)]
    answer = Answer.of(Text.of("The main axis is not tilted, so distance causes seasons."))
    found = find_concepts(prepared, subjects, answer, denied_inside=denied_inside)
    assert [f.status for f in found] == [status]
    plain = Answer.of(Text.of("The Earth's axis is not tilted, so distance causes seasons."))
    found = find_concepts(prepared, subjects, plain, denied_inside=denied_inside)
    assert [f.status for f in found] == ["denied"]
