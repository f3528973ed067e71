"""Three readings of a claim's small words.

- "a lack of X" is a noun phrase naming an absence as a topic or a risk ("risks include bias
  and a lack of accountability"), not a denial of X; the verb "lacks X" still denies X, and what
  "lack of" names is still said in the negative (denials._names_a_lack).
- "until" says when a step stops, and a wrong claim keeps it (matching.CLAIM_WORDS): "the oven
  bakes the bread until it burns" is not stated by "the oven bakes the bread".
- "any" of an overclaim is kept too ("works on any well" is not "works ... well"), but not in a
  claim said in the negative ("works without any priming" is stated by "works without priming").
"""

from __future__ import annotations

import pytest
from graded import matched_concepts
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.matching import CLAIM_WORDS, claim_words, make_phrase
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
    assert "accountability" in matched_concepts(grade)
    assert not grade.contradictions


def test_the_verb_lacks_still_denies(grader):
    grade = grader.grade(CITY, "The network lacks accountability, but privacy is fine.")
    assert "accountability" not in matched_concepts(grade)


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
    assert "timer" in matched_concepts(right)


@given(st.sampled_from(sorted(CLAIM_WORDS)))
def test_every_claim_word_is_kept(word):
    phrase = make_phrase(f"ovens bake bread {word} noon", keep=CLAIM_WORDS)
    assert phrase is not None
    assert word in [w for w, _, _ in phrase.tokens]


PUMP = Question(
    id="t-pump",
    prompt="Which wells can the village's hand pump serve?",
    reference_answers=("It only works on shallow wells, less than seven metres deep.",),
    concepts=(
        Concept(
            "shallow wells",
            2,
            ("shallow wells", "seven metres"),
            description="A suction pump lifts water from less than seven metres.",
        ),
    ),
    misconceptions=(
        Misconception(
            "works on any well",
            "Suction cannot lift water from more than about seven metres.",
            ("works on any well", "pumps from any depth"),
        ),
        Misconception(
            "needs no priming",
            "A dry suction pump must be primed with water first.",
            ("works without any priming",),
        ),
    ),
)
PUMPS = Bank(id="p", title="p", version="1", questions=(PUMP,))


def test_any_is_kept_in_an_overclaim():
    grader = Grader(PUMPS)
    right = grader.grade(PUMP, "The pump only works if the well is shallow, under seven metres.")
    assert not right.misconceptions
    wrong = grader.grade(PUMP, "The pump works on any well, however deep.")
    assert [m.phrase for m in wrong.misconceptions] == ["works on any well"]


def test_a_denial_is_read_without_its_any():
    grader = Grader(PUMPS)
    grade = grader.grade(PUMP, "It works without priming on shallow wells.")
    assert [m.phrase for m in grade.misconceptions] == ["needs no priming"]


@given(st.sampled_from(["works on any well", "pumps from any depth", "any well will do"]))
def test_claim_words_keep_any_unless_denied(line):
    assert "any" in claim_words(line)
    assert "any" not in claim_words(f"it never {line}")
