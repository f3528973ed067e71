"""Lead's play, stop 47 (small47): in reference mode the noun of "at the cost of" names no key
term, and a passing grade that names some of the key's terms is not told it passed on its
similarity alone."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.key_terms import derive_key_terms

INDEX_KEY = (
    "A data structure, usually a B-tree, that lets the database find rows without scanning the "
    "whole table, at the cost of slower writes and extra storage."
)
INDEX_ANSWER = (
    "An index is like the index at the back of a book: a separate sorted structure, usually a "
    "B-tree, that points to the rows, so a lookup jumps straight to matching rows instead of "
    "reading every row. The price is extra disk space and slower inserts and updates, because "
    "the index has to be kept up to date."
)


def test_the_noun_of_a_phrase_of_explanation_is_no_key_term() -> None:
    def names(reference: str) -> list[str]:
        terms = derive_key_terms("What is it?", reference, lambda _: 1.0)
        return [t.name.lower() for t in terms]

    assert "cost" not in names(INDEX_KEY)
    assert "means" not in names("Packets are routed by means of a routing table at each hop.")
    # the same noun names something outside the phrase
    assert "cost" in names("Gradient descent lowers the cost function step by step.")


def test_a_passing_grade_that_names_terms_says_so() -> None:
    grade = grade_reference("What is an index in a database?", INDEX_KEY, INDEX_ANSWER)
    assert grade.passed
    assert not any("'cost'" in note for note in grade.feedback)
    named = [m.concept for m in grade.matched]
    assert "B-tree" in named and "rows" in named
    first = grade.feedback[0]
    assert first.startswith("Passed on its similarity to the answer key (")
    assert "and the terms it names ('B-tree', 'rows'" in first
    assert "naming the ones below too" in first
