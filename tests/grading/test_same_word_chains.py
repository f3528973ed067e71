"""Bare terms strung by one and the same function word ("Alignment via RLHF via reward models
via humans via PPO", term_chains.same_word_chain) are a keyword string: a word that relates two
terms relates nothing when it strings a row of them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.term_chains import (
    CHAIN_MIN_JOINS,
    ORDERING_WORDS,
    same_word_chain,
)
from interviewer.core.grading.text import Text


def _flagged(answer: str) -> bool:
    text = Text.of(answer)
    return is_keyword_string(text, Structure.of(text))


def test_a_row_of_terms_joined_by_one_preposition_is_a_keyword_string() -> None:
    assert _flagged("Orchestras via violins via cellos via brass sections via timpani.")
    assert _flagged("Harvest over tractors over grain silos over weather over markets.")
    assert _flagged("Baking through flour through yeast-based dough through ovens.")


def test_sentences_and_pipelines_are_not() -> None:
    assert not _flagged("Wheat goes to the mill to become flour to bake bread.")
    assert not _flagged("Grain to flour to dough to bread: each step transforms the last.")
    assert not _flagged("The farmer sells grain via a cooperative, which ships it via rail.")
    assert not _flagged("Violins via cellos, and then the brass answers the strings.")


def test_the_chain_counts_its_terms_words() -> None:
    assert same_word_chain(Text.of("Alignment via RLHF via reward models via humans.")) == 5
    assert same_word_chain(Text.of("Alignment via RLHF via reward models.")) == 0  # two joins
    assert same_word_chain(Text.of("Alignment via RLHF, humans via PPO via values via data.")) == 4
    assert same_word_chain(Text.of("Alignment via RLHF for humans via PPO.")) == 0


TERMS = st.lists(
    st.lists(
        st.sampled_from("grain flour dough bread oven yeast mill silo".split()),
        min_size=1,
        max_size=3,
    ).map(" ".join),
    min_size=2,
    max_size=7,
)


@settings(max_examples=80, deadline=None)
@given(terms=TERMS, joiner=st.sampled_from(["via", "over", "through", "for", "at", "of"]))
def test_a_chain_needs_enough_joins_of_one_word(terms: list[str], joiner: str) -> None:
    said = f" {joiner} ".join(terms) + "."
    found = same_word_chain(Text.of(said))
    if len(terms) - 1 >= CHAIN_MIN_JOINS:
        assert found == sum(len(t.split()) for t in terms)
    else:
        assert found == 0
    # a comma at a joint ends the chain there; a pipeline's word joins none
    assert same_word_chain(Text.of(f", {joiner} ".join(terms) + ".")) == 0
    ordering = sorted(ORDERING_WORDS)[len(terms) % len(ORDERING_WORDS)]
    assert same_word_chain(Text.of(f" {ordering} ".join(terms) + ".")) == 0
