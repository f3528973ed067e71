"""Chains of terms joined by "and" alone (term_chains.py), and their keyword_list flag on a
question that asks for a list when an item of the chain is off its subject (list_answers.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from orchestra import SUBJECT
from orchestra import list_flags as _flags

from interviewer.core.grading.list_answers import OFF_LIST_SHARE, off_list_share
from interviewer.core.grading.term_chains import CHAIN_MIN_JOINS, chain_joins, is_term_chain
from interviewer.core.grading.text import Text


@pytest.mark.parametrize(
    "answer",
    [
        "Violins and cellos and flutes and oboes and tempo.",
        "Strings and violins or cellos and harps plus the conductor.",
        "Harps and timpani and horns and clarinets and sheet music and acoustics",
    ],
)
def test_a_chain_with_terms_off_the_subject_is_a_keyword_string_on_a_list_question(
    answer: str,
) -> None:
    assert is_term_chain(Text.of(answer))
    assert 0 < off_list_share(Text.of(answer), SUBJECT) <= OFF_LIST_SHARE
    assert "keyword_list" in _flags(answer)


def test_a_chain_of_only_the_asked_for_things_answers() -> None:
    answer = "Violins and cellos and flutes and oboes and trumpets."
    assert is_term_chain(Text.of(answer))
    assert off_list_share(Text.of(answer), SUBJECT) == 0
    assert "keyword_list" not in _flags(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # a list set out with commas: its "and"s join pairs
        "Violins and cellos, flutes and oboes, trumpets and horns, timpani.",
        "Violins, cellos, flutes, oboes and trumpets.",
        # a sentence that lists says something of its terms
        "It needs violins and cellos and flutes and oboes and tempo.",
        "An orchestra has violins and cellos and flutes and oboes.",
    ],
)
def test_a_list_or_a_sentence_is_no_chain(answer: str) -> None:
    assert not is_term_chain(Text.of(answer))
    assert "keyword_list" not in _flags(answer)


def test_three_terms_in_a_row_are_too_few_to_make_a_chain() -> None:
    assert chain_joins(Text.of("Violins and cellos and flutes")) == CHAIN_MIN_JOINS - 1
    assert not is_term_chain(Text.of("Violins and cellos and flutes"))


def test_the_joins_count_only_in_a_row() -> None:
    text = Text.of("Violins and cellos, flutes and oboes, horns and harps, timpani and clarinets.")
    assert chain_joins(text) == 1


TERMS = st.sampled_from(
    "violins cellos flutes oboes trumpets horns timpani harps clarinets tubas bassoons".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TERMS, min_size=2, max_size=9), st.sampled_from(["and", "or", "plus"]))
def test_a_chain_is_told_by_its_length_and_a_verb_ends_it(terms: list[str], join: str) -> None:
    chained = f" {join} ".join(terms)
    assert chain_joins(Text.of(chained)) == len(terms) - 1
    assert is_term_chain(Text.of(chained)) == (len(terms) - 1 >= CHAIN_MIN_JOINS)
    # commas between the same terms: a list, never a chain
    assert not is_term_chain(Text.of(", ".join(terms)))
    # a verb that says something of them: a sentence, never a chain
    assert not is_term_chain(Text.of(f"The orchestra needs {chained}."))
