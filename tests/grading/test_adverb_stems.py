"""An adverb made from an adjective shares the adjective's stem ("trains stably" says "stable
training"), for a few unambiguous endings only (text._ADVERBS); other "-ly" words keep theirs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.text import stem


@pytest.mark.parametrize(
    ("adverb", "adjective"),
    [
        ("stably", "stable"),
        ("reliably", "reliable"),
        ("visibly", "visible"),
        ("iteratively", "iterative"),
        ("constantly", "constant"),
        ("simultaneously", "simultaneous"),
    ],
)
def test_an_adverb_shares_its_adjectives_stem(adverb, adjective):
    assert stem(adverb) == stem(adjective)


@pytest.mark.parametrize(
    "word", ["likely", "early", "only", "highly", "ably", "gently", "differently", "family"]
)
def test_other_ly_words_keep_their_stem(word):
    assert stem(word) != stem(word[:-2]) or word == "ably"
    assert stem(word).endswith("ly")


@given(st.sampled_from(["stable", "reliable", "iterative", "constant", "nervous", "visible"]))
def test_the_adverb_of_any_listed_adjective(adjective):
    adverb = adjective[:-1] + "y" if adjective.endswith("le") else adjective + "ly"
    assert stem(adverb) == stem(adjective)


SHIP = Question(
    id="t-ship",
    prompt="Why do cargo ships use ballast tanks?",
    reference_answers=("Ballast water keeps the ship stable in rough seas when it sails empty.",),
    concepts=(
        Concept(
            "stability",
            2,
            ("stable ship", "ship stays stable"),
            description="Ballast keeps the ship stable.",
        ),
    ),
)


def test_a_plain_adverb_credits_the_adjectives_concept():
    grader = Grader(Bank(id="t", title="t", version="1", questions=(SHIP,)))
    grade = grader.grade(SHIP, "An empty ship sails stably in rough seas thanks to the water.")
    assert "stability" in {m.concept for m in grade.matched}
