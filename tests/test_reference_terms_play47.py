"""Lead's play, stop 47 (small47): in reference mode the noun of "at the cost of" names no key
term, and a passing grade that names some of the key's terms is not told it passed on its
similarity alone."""

from __future__ import annotations

from interviewer.core.grading.key_terms import derive_key_terms

INDEX_KEY = (
    "A data structure, usually a B-tree, that lets the database find rows without scanning the "
    "whole table, at the cost of slower writes and extra storage."
)


def test_the_noun_of_a_phrase_of_explanation_is_no_key_term() -> None:
    def names(reference: str) -> list[str]:
        terms = derive_key_terms("What is it?", reference, lambda _: 1.0)
        return [t.name.lower() for t in terms]

    assert "cost" not in names(INDEX_KEY)
    assert "means" not in names("Packets are routed by means of a routing table at each hop.")
    # the same noun names something outside the phrase
    assert "cost" in names("Gradient descent lowers the cost function step by step.")
