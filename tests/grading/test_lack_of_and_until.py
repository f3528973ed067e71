"""Two readings of a claim's small words.

- "a lack of X" is a noun phrase naming an absence as a topic or a risk ("risks include bias
  and a lack of accountability"), not a denial of X; the verb "lacks X" still denies X, and what
  "lack of" names is still said in the negative (clauses._names_a_lack).
- "until" says when a step stops, and a wrong claim keeps it (matching.CLAIM_WORDS): "the oven
  bakes the bread until it burns" is not stated by "the oven bakes the bread".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.matching import CLAIM_WORDS, make_phrase
from interviewer.core.grading.text import Text

CITY = Question(
    id="t-city",
    prompt="What are the main risks of a city-wide network of traffic cameras?",
    reference_answers=(
        "Privacy suffers, errors fine the wrong drivers, and nobody owns the mistakes, so "
        "accountability must be set up with audits.",
    ),
    concepts=(
        Concept(
            "accountability",
            2,
            ("accountability", "audits"),
            description="Someone is clearly responsible for the mistakes, with audits.",
        ),
        Concept(
            "privacy",
            2,
            ("privacy", "tracking drivers"),
            description="The cameras track where people drive.",
        ),
    ),
)
BAKERY = Question(
    id="t-bakery",
    prompt="How does the bakery's oven work?",
    reference_answers=("The oven bakes the bread for twenty minutes and then switches off.",),
    concepts=(
        Concept(
            "timer",
            2,
            ("switches off", "twenty minutes"),
            description="A timer switches the oven off after twenty minutes.",
            contradicts=("the oven bakes the bread until it burns",),
        ),
    ),
)
BANK = Bank(id="t", title="t", version="1", questions=(CITY, BAKERY))


@pytest.fixture(scope="module")
def grader() -> Grader:
    return Grader(BANK)


def concepts(grade) -> set[str]:
    return {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    "answer",
    [
        "The risks are privacy and a lack of accountability when a fine is wrong.",
        "A lack of accountability is the big risk, with privacy next.",
        "Privacy is one risk; the lack of accountability for wrong fines is another.",
    ],
)
def test_a_lack_of_names_the_risk(grader, answer):
    grade = grader.grade(CITY, answer)
    assert "accountability" in concepts(grade)
    assert not grade.contradictions


def test_the_verb_lacks_still_denies(grader):
    grade = grader.grade(CITY, "The network lacks accountability, but privacy is fine.")
    assert "accountability" not in concepts(grade)


def test_lack_of_is_still_said_in_the_negative():
    text = Text.of("The lack of accountability hurts.")
    structure = Structure.of(text)
    at = text.words.index("accountability")
    assert structure.negative_context(at)
    assert not structure.denied(at)


def test_until_is_kept_in_a_wrong_claim(grader):
    wrong = grader.grade(BAKERY, "The oven bakes the bread until it burns, then it stops.")
    assert wrong.contradictions
    # every content word of the wrong claim, in order, but the oven stops before it burns
    right = grader.grade(BAKERY, "The oven bakes the bread before it burns, for twenty minutes.")
    assert not right.contradictions
    assert "timer" in concepts(right)


@given(st.sampled_from(sorted(CLAIM_WORDS)))
def test_every_claim_word_is_kept(word):
    phrase = make_phrase(f"ovens bake bread {word} noon", keep=CLAIM_WORDS)
    assert phrase is not None
    assert word in [w for w, _, _ in phrase.tokens]
