"""term_chains.same_word_chain reads what each word and gap allows once (speed41), not again
for every run tried from every word: the same counts as the reading word by word, kept here as
it was, on sentences of my own and on any string of words, joints and punctuation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.term_chains import (
    CHAIN_MIN_JOINS,
    CHAIN_TERM_WORDS,
    ORDERING_WORDS,
    same_word_chain,
)
from interviewer.core.grading.text import STOP_WORDS, Text


def _word_by_word(text: Text, ignore: frozenset[int] = frozenset()) -> int:
    """same_word_chain as it read before speed41: every gap sliced again for every run."""
    words, spans, raw = text.words, text.spans, text.raw
    best = 0
    i, n = 0, len(words)
    while i < n:
        joiner: str | None = None
        joins, held, start = 0, 0, i
        while True:
            end = start
            while (
                end < n
                and end - start < CHAIN_TERM_WORDS
                and words[end] not in STOP_WORDS
                and end not in ignore
                and (end == start or _gap_joins(raw[spans[end - 1][1] : spans[end][0]]))
            ):
                end += 1
            if end == start:
                break
            term_words = end - start
            at = end
            if (
                at >= n
                or words[at] not in STOP_WORDS
                or words[at] in ORDERING_WORDS
                or (joiner is not None and words[at] != joiner)
                or not raw[spans[at - 1][1] : spans[at][0]].isspace()
                or at + 1 >= n
                or not raw[spans[at][1] : spans[at + 1][0]].isspace()
            ):
                held += term_words
                break
            joiner = words[at]
            joins += 1
            held += term_words
            start = at + 1
        if joins >= CHAIN_MIN_JOINS:
            best = max(best, held)
        i += 1
    return best


def _gap_joins(gap: str) -> bool:
    return gap == "-" or gap.isspace()


@pytest.mark.parametrize(
    "sentence",
    [
        "Harvest over tractors over grain silos over weather over markets.",
        "Baking through flour through yeast-based dough through ovens, then bread.",
        "Violins via cellos via brass via timpani via the conductor via - applause.",
        "Grain to flour to dough to bread to the market.",
        "The mill grinds grain of the farm of the valley of the river.",
        "",
    ],
)
def test_same_count_as_word_by_word(sentence: str) -> None:
    text = Text.of(sentence)
    assert same_word_chain(text) == _word_by_word(text)
    ignore = frozenset(range(0, len(text.words), 3))
    assert same_word_chain(text, ignore) == _word_by_word(text, ignore)


PIECES = "grain flour dough bread oven yeast-based via via via of the to and , - .".split()


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=24),
    ignored=st.sets(st.integers(0, 24), max_size=4),
)
def test_same_count_on_any_words(pieces: list[str], ignored: set[int]) -> None:
    text = Text.of(" ".join(pieces).replace(" ,", ",").replace(" - ", "-"))
    ignore = frozenset(ignored)
    assert same_word_chain(text, ignore) == _word_by_word(text, ignore)
