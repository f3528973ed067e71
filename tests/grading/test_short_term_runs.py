"""Short strings of key terms (short_term_runs.py), and reference mode's flag on them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.short_term_runs import (
    SHORT_RUN_MAX,
    SHORT_RUN_MIN,
    short_term_string,
)
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
    # three nouns are three terms (ref_keys43: "packets checksum retransmission")
    assert said == (SHORT_RUN_MIN <= len(terms) <= SHORT_RUN_MAX)
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
        assert SHORT_RUN_MIN <= len(text.words) <= 2 * SHORT_RUN_MAX
        assert not any(w in ("is", "are", "the", "a", "and") for w in text.words)


BIOLOGY_KEY = (
    "Mitochondria are the site of cellular respiration: they break down glucose with oxygen "
    "to produce ATP, the main energy currency of the cell.",
)


def test_a_term_the_key_writes_with_its_attribute_is_one_term():
    # "cellular respiration" is written so in the key: no "mitochondria are cellular"
    assert run("mitochondria cellular respiration ATP") is False
    assert short_term_string(Text.of("mitochondria cellular respiration ATP"), BIOLOGY_KEY)
    assert short_term_string(Text.of("powerhouse organelle cellular respiration"), BIOLOGY_KEY)
    # an acronym after such a term named among others is one more term
    assert short_term_string(Text.of("glucose oxygen cellular respiration ATP"), BIOLOGY_KEY)


def test_with_a_key_a_terse_claim_is_still_one():
    key = ("A stack is last in, first out (LIFO); a queue is first in, first out (FIFO).",)
    assert not short_term_string(Text.of("stack LIFO queue FIFO"), key)
    assert not short_term_string(Text.of("lists mutable tuples immutable"), ("Lists are mutable.",))
    # the subject named first by a term of the key, then its predicate
    assert not short_term_string(Text.of("primary key unique not null"), SQL_KEY.split(";"))
    assert not short_term_string(Text.of("mitochondria make ATP by respiration"), BIOLOGY_KEY)


def test_reference_mode_flags_a_string_of_the_keys_terms():
    question = "What is the function of mitochondria?"
    key = BIOLOGY_KEY[0]
    string = grade_reference(question, key, "mitochondria cellular respiration ATP")
    assert "keyword_list" in string.flags and string.score <= 50.0
    claim = grade_reference(question, key, "They make ATP by cellular respiration.")
    assert "keyword_list" not in claim.flags


adjectives = st.sampled_from("cellular unique primary mutable typical".split())


@given(st.lists(nouns, min_size=1, max_size=5), adjectives, nouns)
def test_a_keys_attributive_pair_never_makes_a_run_a_claim(
    terms: list[str], adjective: str, head: str
) -> None:
    """Reading an adjective as the key does only removes subject-predicate pairs: a run without
    the key is a run with it."""
    text = Text.of(" ".join([*terms, adjective, head]))
    key = (f"The {adjective} {head} of it.",)
    if short_term_string(text):
        assert short_term_string(text, key)


def test_three_words_of_one_term_are_no_run():
    # Mohler's graders gave these 5 of 5; three nouns are three terms
    for one in ("array of length 1", "unique function signatures", "positive battery terminal"):
        assert not run(one), one
    for three in ("packets checksum retransmission", "acknowledgement timeout checksum"):
        assert run(three), three
    assert run("battery, switch, bulb")
