"""A negation that names a term ("not null", "no duplicates") does not make a run of terms a
sentence (keywords._bare_run, _TERM_NEGATIONS): "primary key unique not null row identify"
had scored 87.9 `strong` against an SQL key in reference mode, unflagged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.text import Text


def keyword_string(answer: str) -> bool:
    text = Text.of(answer)
    return is_keyword_string(text, Structure.of(text))


@pytest.mark.parametrize(
    "answer",
    [
        "primary key unique not null row identify",
        "foreign key parent table no orphans referential integrity",
        "unique index no duplicates fast lookup column",
        "queue FIFO front rear no priority order",
    ],
)
def test_a_run_of_terms_with_a_negated_term_is_a_keyword_string(answer: str) -> None:
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # a terse claim with its verb left out: too few words besides the negation
        "lists mutable tuples not mutable",
        # a verb in the run: the negation negates it
        "A primary key is unique and not null.",
        "primary key identifies rows and cannot be null",
        "the column does not allow null values or duplicates",
        # a negation with nothing to modify after it
        "tuples immutable lists mutable sets not",
        # a note relating its terms with signs states what there is none of
        "no single accuracy metric → human evals rubric drift",
    ],
)
def test_a_negation_in_a_claim_is_not_a_term(answer: str) -> None:
    assert not keyword_string(answer)


def test_only_the_sign_makes_the_note_a_claim() -> None:
    assert keyword_string("no single accuracy metric human evals rubric drift")


SQL_KEY = (
    "A primary key is a column or set of columns whose values uniquely identify each row of a "
    "table; it cannot be NULL and no two rows may share it."
)


def test_the_sql_keyword_string_is_capped_in_reference_mode() -> None:
    grade = grade_reference(
        "What is a primary key?", SQL_KEY, "primary key unique not null row identify"
    )
    assert "keyword_list" in grade.flags
    assert grade.score <= CAP
    said = grade_reference(
        "What is a primary key?",
        SQL_KEY,
        "It is a column whose values identify each row uniquely; it cannot be null and no two "
        "rows can share a value.",
    )
    assert "keyword_list" not in said.flags
    assert said.passed


TERMS = st.sampled_from(
    "primary key row column table index bucket hash collision cache "
    "latency throughput replica shard partition".split()
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(TERMS, min_size=5, max_size=9),
    st.integers(min_value=0, max_value=8),
    st.sampled_from(["not", "no"]),
)
def test_a_negated_term_inside_a_run_of_terms_keeps_it_one(
    terms: list[str], at: int, negation: str
) -> None:
    """Five or more bare terms with "not"/"no" before one of them are a string of terms,
    wherever the negation stands; the same run made a sentence by "is" is not."""
    at = min(at, len(terms) - 1)
    words = [*terms[:at], negation, *terms[at:]]
    assert keyword_string(" ".join(words))
    assert not keyword_string(" ".join(["the", terms[0], "is", *words[1:]]))
