"""Statements set aside (asides.py): named to be rejected, dismissed, supposed or placed in the
past, and the statements held that sit beside them. Sentences written for this test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def read(text: str) -> tuple[Structure, list[str]]:
    structure = Structure.of(Text.of(text))
    return structure, structure.text.words


def at(words: list[str], word: str) -> int:
    return words.index(word)


def test_the_foil_of_unlike_is_set_aside_and_the_main_claim_is_held():
    s, w = read("Unlike beam search, which keeps several drafts, sampling draws one token.")
    assert s.rejected([at(w, "keeps"), at(w, "drafts")])
    assert not s.rejected([at(w, "sampling"), at(w, "draws")])


def test_a_claim_called_a_myth_is_dismissed_and_its_denial_disbelieved():
    s, w = read("It is a myth that quantization never costs accuracy.")
    assert s.dismissed([at(w, "quantization"), at(w, "accuracy")])
    assert s.disbelieved([at(w, "quantization")])
    plain, pw = read("Quantization never costs accuracy.")
    assert not plain.disbelieved([at(pw, "quantization")])
    assert not plain.dismissed([at(pw, "quantization"), at(pw, "accuracy")])


def test_a_condition_is_framed_and_its_consequence_is_not():
    s, w = read("If the prompt is long, the cache grows with it.")
    assert s.framed([at(w, "prompt")])
    assert not s.framed([at(w, "cache")])


def test_a_statement_after_in_the_past_is_said_of_the_past():
    s, w = read("In the past, filters were written by hand; now they are learned.")
    assert s.said_of_the_past([at(w, "filters"), at(w, "hand")])
    assert not s.said_of_the_past([at(w, "learned")])


def test_a_negated_statement_is_rejected_and_said_before_sees_its_clause_only():
    s, w = read("The adapter does not change the base weights, and training is cheap.")
    assert s.rejected([at(w, "change"), at(w, "weights")])
    assert not s.rejected([at(w, "training"), at(w, "cheap")])
    assert s.said_before(at(w, "weights"), frozenset({"adapter"}))
    assert not s.said_before(at(w, "training"), frozenset({"adapter"}))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "unlike",
                "it",
                "is",
                "a",
                "myth",
                "that",
                "if",
                "in",
                "the",
                "past",
                "not",
                "models",
                "learn",
                ",",
                ".",
                "rather",
                "than",
                "which",
                "differ",
                "from",
                "used",
            ]
        ),
        min_size=1,
        max_size=25,
    )
)
def test_a_word_dismissed_or_in_a_negations_reach_is_rejected_in_any_text(tokens):
    structure, words = read(" ".join(tokens))
    for i in range(len(words)):
        if structure.dismissed([i]) or structure.reach[i] >= 0:
            assert structure.rejected([i])
        for reading in (structure.framed, structure.disbelieved, structure.said_of_the_past):
            assert reading([i]) in (True, False)  # and raises for no text
