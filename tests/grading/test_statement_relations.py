"""A statement's words related as the statement relates them (matching/statement_match.py): the
closest occurrence of a word the answer says twice, and a modifier that qualifies another noun."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import COUNTING, Answer, make_phrase, match_statement
from interviewer.core.grading.text import Text


def stated(line: str, answer: str) -> tuple[int, ...] | None:
    phrase = make_phrase(line, keep=COUNTING)
    assert phrase is not None
    match = match_statement(phrase, Answer.of(Text.of(answer)), unit="clause")
    return None if match is None else match.positions


def test_the_closest_occurrence_of_a_word_said_twice_is_the_evidence():
    # "bigger" twice: the statement is said at the second, not across "boxes hold"
    assert stated("bigger parcels", "Bigger boxes hold bigger parcels.") == (3, 4)
    assert stated("slower trains", "Slower engines pull slower trains today.") == (3, 4)


def test_a_modifier_of_another_noun_does_not_qualify_the_statements_noun():
    assert stated("bigger parcels", "Bigger boxes hold parcels of the same size.") is None
    assert stated("slower trains", "Slower engines pull the trains.") is None


def test_words_that_only_qualify_the_noun_are_read_as_before():
    assert stated("bigger parcels", "They ship bigger parcels.") is not None
    # one word between may be a compound ("more GPU memory")
    assert stated("bigger parcels", "They ship bigger paper parcels.") is not None
    assert stated("bigger parcels", "They ship bigger well-wrapped parcels.") is not None
    assert stated("bigger parcels", "They ship bigger brown-paper parcels.") is not None


def test_a_line_whose_words_are_not_side_by_side_is_read_as_before():
    # "bigger than ... parcels": the line puts words between, so the answer may too
    assert stated("bigger than the parcels", "Boxes are bigger than the parcels.") is not None


@given(st.sampled_from(["boxes", "crates", "sacks"]), st.sampled_from(["hold", "carry", "take"]))
def test_any_noun_and_verb_between_keep_the_modifier_on_its_own_noun(noun: str, verb: str):
    assert stated("bigger parcels", f"Bigger {noun} {verb} parcels of one size.") is None
    assert stated("bigger parcels", f"Bigger {noun} {verb} bigger parcels.") is not None


def test_a_contradiction_said_with_the_word_twice_is_flagged_and_quoted_closely():
    question = Question(
        id="q",
        prompt="What does a fixed-size postal locker do with parcels?",
        reference_answers=("Every locker holds parcels of one fixed size.",),
        concepts=(
            Concept(
                "fixed size",
                3.0,
                ("one fixed size",),
                contradicts=("bigger parcels",),
            ),
        ),
    )
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    wrong = grader.grade(question, "The locker grows: bigger boxes arrive and get bigger parcels.")
    assert [c.evidence for c in wrong.contradictions] == [("bigger parcels",)]
    right = grader.grade(question, "Bigger boxes get parcels of one fixed size all the same.")
    assert not right.contradictions
