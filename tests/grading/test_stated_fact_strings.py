"""A string of terms that states the key's exact fact (an order of growth, a formula) is still a
string of terms, unless the question asks for that fact (reference_scoring.caps.terms_beyond,
exact.KeyFacts.asks_exactly): "hash table hash function bucket O(1) collisions keys values"
had scored 74.5 unflagged against a key that says "average O(1) lookups"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.exact import key_facts
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.reference_scoring.caps import terms_beyond

HASH_KEY = (
    "A hash table stores key-value pairs in an array of buckets; a hash function maps each key "
    "to a bucket, giving average O(1) lookups, and collisions are resolved by chaining or open "
    "addressing."
)
SEARCH_KEY = (
    "Binary search runs in O(log n) time because it halves the sorted search range at each step."
)


def test_a_string_of_terms_around_the_keys_order_is_flagged() -> None:
    grade = grade_reference(
        "What is a hash table?",
        HASH_KEY,
        "hash table hash function bucket O(1) collisions keys values",
    )
    assert "keyword_list" in grade.flags
    assert grade.score <= CAP


def test_a_sentence_stating_the_order_is_not() -> None:
    grade = grade_reference(
        "What is a hash table?",
        HASH_KEY,
        "It maps keys to buckets with a hash function, so lookups take O(1) on average; "
        "collisions share a bucket and are chained.",
    )
    assert "keyword_list" not in grade.flags
    assert grade.passed


def test_the_order_asked_for_is_the_answer_with_terms_around_it() -> None:
    grade = grade_reference(
        "What is the time complexity of binary search?",
        SEARCH_KEY,
        "binary search halves sorted array O(log n) middle element comparison",
    )
    assert "keyword_list" not in grade.flags
    assert grade.passed


def test_the_formula_asked_for_said_tersely_is_the_answer() -> None:
    grade = grade_reference(
        "What is the chemical formula of water?",
        "Water is H2O: two hydrogen atoms bonded to one oxygen atom.",
        "H2O, two hydrogens and one oxygen.",
    )
    assert "keyword_list" not in grade.flags
    assert grade.passed


def test_which_questions_ask_for_the_exact_fact() -> None:
    assert key_facts(SEARCH_KEY, "What is the time complexity of binary search?").asks_exactly
    assert key_facts("Water is H2O.", "What is the formula of water?").asks_exactly
    assert key_facts("There are seven layers.", "How many layers has the OSI model?").asks_exactly
    assert not key_facts(HASH_KEY, "What is a hash table?").asks_exactly


TERMS = st.sampled_from(
    "bucket chaining collisions keys values array index probe slot load factor".split()
)


@settings(max_examples=50, deadline=None)
@given(st.lists(TERMS, min_size=5, max_size=9), st.integers(min_value=0, max_value=9))
def test_the_fact_taken_out_leaves_the_terms(terms: list[str], at: int) -> None:
    """Terms laid end to end around "O(1)" are terms beyond the fact wherever it stands; the
    fact with at most two terms beside it is not."""
    at = min(at, len(terms))
    answer = " ".join([*terms[:at], "O(1)", *terms[at:]])
    assert terms_beyond(answer, ("O(1)",), frozenset())
    assert not terms_beyond(" ".join(["O(1)", *terms[:2]]), ("O(1)",), frozenset())
