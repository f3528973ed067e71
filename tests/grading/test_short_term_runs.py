"""Short strings of key terms (short_term_runs.py), and reference mode's flag on them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.keywords import KEYWORD_MIN_TERMS
from interviewer.core.grading.short_term_runs import SHORT_RUN_MAX, short_term_string
from interviewer.core.grading.text import Text


def run(raw: str) -> bool:
    return short_term_string(Text.of(raw))


def test_a_short_string_of_terms_is_a_run():
    assert run("unique not null row identify")
    assert run("not null unique row identify")
    assert run("no duplicates null row identify")
    assert run("bucket array hash function")
    assert run("angle of sunlight day length")


def test_a_short_claim_is_not():
    assert not run("lists mutable tuples not mutable")  # subject, negated predicate
    assert not run("lists mutable tuples immutable")  # subject and predicate, twice
    assert not run("primary key not null")  # the key is said not to be null
    assert not run("key identifies each row")  # a finite verb
    assert not run("columns identify rows uniquely")  # a verb agreeing with its subject
    assert not run("blue heats water better")  # an agreeing verb, a comparison
    assert not run("A primary key is unique and not null.")  # a copula
    assert not run("closed path without bulb")  # a relating word
    assert not run("stack LIFO queue FIFO")  # each said to be what its acronym names
    assert run("LIFO FIFO stack queue")  # acronyms after acronyms: terms


def test_too_short_too_long_signed_or_a_formula_is_not():
    assert not run("unique row identify")
    assert not run("unique not null row identify table column key")
    assert not run("unique not null → row identify")
    assert not run("O(n log n) sort merge")
    assert not run("not")
    assert not run("")


SQL_KEY = (
    "A primary key is a column or set of columns whose values uniquely identify each row of a "
    "table; it cannot be NULL and no two rows may share it."
)


def test_reference_mode_flags_the_string_but_not_a_short_correct_answer():
    question = "What is a primary key?"
    string = grade_reference(question, SQL_KEY, "unique not null row identify")
    assert "keyword_list" in string.flags
    assert string.score <= 50.0
    short = grade_reference(question, SQL_KEY, "A column that identifies each row; never null.")
    assert "keyword_list" not in short.flags
    claim = grade_reference(question, SQL_KEY, "key identifies every row uniquely")
    assert "keyword_list" not in claim.flags


nouns = st.sampled_from("row table column index bucket array key record field".split())


@given(st.lists(nouns, min_size=0, max_size=9), st.integers(0, 9))
def test_a_run_of_nouns_is_read_by_its_length(terms: list[str], at: int) -> None:
    said = run(" ".join(terms))
    assert said == (KEYWORD_MIN_TERMS <= len(terms) <= SHORT_RUN_MAX)
    # a function word or a finite verb anywhere makes it a claim
    assert not run(" ".join([*terms[:at], "is", *terms[at:]]))
    if 0 < at < len(terms):
        # a verb agreeing with the noun before it; a negation after a noun negates a predicate
        assert not run(" ".join([*terms[:at], "identifies", *terms[at:]]))
        assert not run(" ".join([*terms[:at], "not", *terms[at:]]))


@given(st.text(max_size=60))
def test_any_text_is_read_without_error_and_a_run_has_no_function_word(raw: str) -> None:
    text = Text.of(raw)
    if short_term_string(text):
        assert KEYWORD_MIN_TERMS <= len(text.words) <= 2 * SHORT_RUN_MAX
        assert not any(w in ("is", "are", "the", "a", "and") for w in text.words)
