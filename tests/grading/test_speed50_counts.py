"""Counting a text's content words and making its word bigrams by C-level maps (speed50): the
same counts and the same features as the Python loops they replace, kept here as oracles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.keywords import _count_content
from interviewer.core.grading.similarity import word_ngrams
from interviewer.core.grading.term_items import ITEM_WORDS
from interviewer.core.grading.text import Text

WORDS = ["attention", "and", "plus", "versus", "vs", "heads", "or", "the", "layers", "with", "KV"]


def _counted(text: Text, ignore: frozenset[int], first: int = 0, last: int | None = None) -> int:
    """`_count_content` as it was before speed50: a generator over the content words."""
    content, words = text.content, text.words
    if last is not None:
        content = [i for i in content if first <= i <= last]
    return sum(1 for i in content if i not in ignore and words[i] not in ITEM_WORDS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.frozensets(st.integers(0, 30)),
    st.integers(0, 25),
    st.one_of(st.none(), st.integers(0, 30)),
)
def test_content_words_are_counted_as_before(pieces, ignore, first, last):
    """Any text of these words, any positions ignored, any stretch: the same count."""
    text = Text.of(" ".join(pieces))
    assert _count_content(text, ignore, first, last) == _counted(text, ignore, first, last)


def test_item_words_and_ignored_words_are_left_out():
    """A count that the item words and the ignored words change: "plus" and "versus" are not
    terms, and an ignored position is not counted."""
    text = Text.of("attention plus heads versus layers and caches")
    assert _count_content(text, frozenset()) == 4
    assert _count_content(text, frozenset({0})) == 3


@given(st.lists(st.text(min_size=1, max_size=6), max_size=12))
def test_word_bigrams_are_the_stems_joined_by_a_space(stems):
    """Each stem, then each adjacent pair joined by one space, as the f-string made them."""
    expected = [*stems, *(f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False))]
    assert word_ngrams(stems) == expected
