"""A wrong claim found though the answer qualifies one of its nouns: "runs the diffusion
directly on the full-resolution pixels" says "diffusion directly on the pixels". Words right
before a statement's noun that only qualify it (plain content words, articles, hyphened parts)
are not counted between its words; words that say how much, which way or not, and words that
relate ("the exponential of the average"), still are."""

from __future__ import annotations

import pytest
from clause_match import said_in_a_clause
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.matching import Answer, make_phrase, match_statement
from interviewer.core.grading.text import Text


def _said(statement: str, text: str) -> bool:
    return said_in_a_clause(statement, text)


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        (
            "diffusion directly on the pixels",
            "It runs the diffusion directly on the full-resolution pixels.",
        ),
        ("logarithm of the loss", "Perplexity is the logarithm of the average cross-entropy loss."),
        (
            "cache stores the queries",
            "The cache stores the projected attention queries of each step.",
        ),
    ],
)
def test_qualifying_words_before_a_noun_do_not_hide_the_statement(
    statement: str, text: str
) -> None:
    assert _said(statement, text)


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        # a superlative, a number, a negation or a counting word between: it says how much
        ("top-k keeps tokens", "Top-k keeps the k highest-probability tokens."),
        ("weights need GB", "The weights need about 7 x 2 bytes, 14 GB in all."),
        ("sampling keeps tokens", "Sampling keeps the least likely rare tokens out."),
        ("model uses labels", "The model uses no human-written gold labels."),
        # the words between relate, not qualify
        ("perplexity is the average log", "Perplexity is the exponential of the average log."),
        ("reasoning is right", "It rewards reasoning that lucks into the right answer."),
        # no article opens the run: "remove" is a verb of its own, not a qualifier of "noise"
        ("learns to add noise", "A network learns to predict and remove the added noise."),
    ],
)
def test_words_that_say_how_much_or_relate_still_count(statement: str, text: str) -> None:
    assert not _said(statement, text)


def test_without_the_modifiers_the_statement_is_found_as_before() -> None:
    assert _said(
        "diffusion directly on the pixels", "It runs the diffusion directly on the pixels."
    )
    assert not _said(
        "diffusion on the pixels", "The diffusion model was trained, then shown pixels."
    )


WORDS = "the a cache stores full-resolution average high highest no 7 of queries keys , and".split()


@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_any_text_is_read_and_a_match_is_in_order_within_one_clause(words: list[str]) -> None:
    text = " ".join(words)
    phrase = make_phrase("cache stores queries")
    assert phrase is not None
    answer = Answer.of(Text.of(text))
    match = match_statement(phrase, answer, unit="clause")
    if match is not None:
        positions = list(match.positions)
        assert positions == sorted(positions)
        assert len({answer.structure.clauses[p] for p in positions}) == 1


@given(
    st.lists(
        st.sampled_from(
            ["the", "a", "full-resolution", "average", "cross-entropy", "loss", "pixels", "-"]
            + ["runs", "diffusion", "directly", "on", "highest", "7", "not", "model", "and"]
        ),
        min_size=2,
        max_size=14,
    ).map(" ".join)
)
def test_no_more_than_modifiers_words_are_ever_counted_as_qualifiers(raw):
    # match_statement does not read the words before a position more than MODIFIERS past
    # its reach: this bound is what makes that skip find the same statements
    from interviewer.core.grading.matching.modifiers import MODIFIERS, modifiers_before

    answer = Answer.of(Text.of(raw))
    size = len(answer.text.words)
    for after in range(-1, size):
        for position in range(after + 1, size):
            assert 0 <= modifiers_before(answer, position, after) <= MODIFIERS


def test_my_own_statement_far_past_its_reach_is_not_said_and_one_with_qualifiers_is():
    assert _said(
        "diffusion directly on the pixels",
        "It runs the diffusion directly on the full-resolution pixels.",
    )
    assert not _said(
        "diffusion on pixels",
        "The diffusion model was trained for a long time with many steps on pixels.",
    )
