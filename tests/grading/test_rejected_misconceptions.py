"""A denial that rejects one of the question's misconceptions denies no concept
(concepts.find_concepts): "unflagged parcels are not inspected" rejects "unflagged parcels are
inspected too", and says nothing against inspecting the flagged ones."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader


def _customs() -> Question:
    return Question(
        id="q",
        prompt="What does a customs officer do at the border?",
        reference_answers=("The officer opens and inspects the parcels the scanner flagged.",),
        concepts=(
            Concept("inspection", 3.0, ("has to inspect them", "opens them")),
            Concept("scanner flags", 2.0, ("the scanner flagged",)),
        ),
        misconceptions=(
            Misconception(
                "every parcel is opened",
                "Only the flagged parcels are opened and inspected; the others pass.",
                aliases=("unflagged parcels are inspected too", "inspects unflagged parcels"),
            ),
        ),
    )


def _grader(question: Question) -> Grader:
    return Grader(Bank(id="t", title="t", version="1", questions=(question,)))


def test_rejecting_a_misconception_denies_no_concept():
    question = _customs()
    grader = _grader(question)
    assert not grader.grade(question, "Unflagged parcels are not inspected.").contradictions
    grade = grader.grade(
        question, "Unflagged parcels are not inspected; the officer opens what the scanner flagged."
    )
    assert not grade.contradictions


def test_a_plain_denial_of_the_concept_is_still_a_denial():
    question = _customs()
    grader = _grader(question)
    for said in ("The officer never inspects the parcels.", "Parcels are not inspected."):
        assert "inspection" in [c.concept for c in grader.grade(question, said).contradictions]


def test_the_misconception_said_plainly_is_still_found():
    question = _customs()
    grade = _grader(question).grade(
        question, "The officer inspects the parcels, and unflagged parcels are inspected too."
    )
    assert [m.phrase for m in grade.misconceptions] == ["every parcel is opened"]
