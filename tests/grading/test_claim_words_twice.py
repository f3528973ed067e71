"""A wrong claim that writes a word twice apart ("bigger boxes hold bigger parcels") is found
only where the answer says the word twice too (matching/phrases.make_phrase's `twice`, used by
claims.statement_phrases): said once, the claim's point is missing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.claims import statement_phrases
from interviewer.core.grading.matching import Answer, match_statement
from interviewer.core.grading.text import Text


def test_a_claim_keeps_a_word_written_twice_apart_twice():
    [phrase] = statement_phrases(["bigger boxes hold bigger parcels"])
    assert [t[0] for t in phrase.tokens] == ["bigger", "boxes", "hold", "bigger", "parcels"]
    # a word said twice side by side is a pattern, kept once (matching/phrases.py)
    [pattern] = statement_phrases(["the clerk stamps form by form"])
    assert [t[0] for t in pattern.tokens].count("form") == 1


def found(claim: str, answer: str) -> bool:
    [phrase] = statement_phrases([claim])
    return match_statement(phrase, Answer.of(Text.of(answer)), unit="clause") is not None


def test_it_is_found_where_the_answer_says_the_word_twice():
    assert found("bigger boxes hold bigger parcels", "Bigger boxes hold bigger parcels.")
    assert not found("bigger boxes hold bigger parcels", "Bigger boxes hold parcels of one size.")


@given(
    st.sampled_from(["crates", "boxes", "sacks", "bins"]),
    st.sampled_from(["hold", "carry", "take"]),
)
def test_once_is_never_enough_and_twice_is(noun: str, verb: str):
    claim = f"bigger {noun} {verb} bigger parcels"
    assert found(claim, f"Bigger {noun} {verb} bigger parcels.")
    assert not found(claim, f"Bigger {noun} {verb} the parcels.")
    assert not found(claim, f"The {noun} {verb} bigger parcels.")


def test_a_misconception_written_with_a_word_twice_flags_only_its_claim():
    question = Question(
        id="q",
        prompt="How does a courier price a delivery?",
        reference_answers=("The price depends on the weight and the distance of the parcel.",),
        concepts=(Concept("weight and distance", 3.0, ("weight and distance",)),),
        misconceptions=(
            Misconception(
                "size sets the price",
                "Weight and distance set the price; size alone does not.",
                aliases=("bigger boxes cost bigger fees",),
            ),
        ),
    )
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    wrong = grader.grade(question, "Bigger boxes cost bigger fees, whatever the weight.")
    assert [m.phrase for m in wrong.misconceptions] == ["size sets the price"]
    right = grader.grade(
        question, "Bigger boxes cost fees by weight and distance, not by their size alone."
    )
    assert not right.misconceptions
