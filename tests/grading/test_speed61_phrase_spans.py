"""speed61: `phrase_spans` asks for a phrase only where its first word stands (no slice of the
words is made elsewhere); the places found, and their order, are 3.45's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.matching.discourse import marker_nouns
from interviewer.core.grading.text import phrase_spans
from interviewer.core.grading.text.phrases import Phrase


def _spans_at_every_word(words: list[str], phrases: list[Phrase]) -> Iterator[range]:
    """3.45's reading: every phrase asked for at every position."""
    for start in range(len(words)):
        for phrase in phrases:
            if tuple(words[start : start + len(phrase)]) == phrase:
                yield range(start, start + len(phrase))


WORDS = ["for", "example", "as", "an", "instance", "one", "the"]
PHRASES = st.lists(st.lists(st.sampled_from(WORDS), max_size=3).map(tuple), max_size=5)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), PHRASES)
def test_the_places_are_those_found_at_every_word(words: list[str], phrases: list[Phrase]) -> None:
    assert list(phrase_spans(words, phrases)) == list(_spans_at_every_word(words, phrases))


class _Counted(list[str]):
    """Words that count the slices taken of them."""

    slices = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            _Counted.slices += 1
        return super().__getitem__(key)


def test_no_slice_is_made_where_no_phrase_starts() -> None:
    words = _Counted("a cache is for example a table of the keys".split())
    _Counted.slices = 0
    assert [list(r) for r in phrase_spans(words, [("for", "example"), ("as", "an")])] == [[3, 4]]
    assert _Counted.slices == 2  # at "for" only: each phrase asked once there
    assert list(phrase_spans(["a", "b"], [(), ("b",)])) == [range(0, 0), range(1, 1), range(1, 2)]


def test_the_marker_nouns() -> None:
    words = "for example each example as an instance for instance".split()
    assert marker_nouns(words) == frozenset({1, 6, 8})
