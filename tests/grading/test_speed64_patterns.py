"""Empty predicates (speed64): a subset of the kinds gets its own pattern only once it has been
met OWN_PATTERN_AFTER times; before, the pattern of every kind (made at import) serves. A fresh
process's first answers compile no pattern, and the words found are 3.47's exactly."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_empty_predicates import PIECES

from interviewer.core.grading import empty_predicates
from interviewer.core.grading.empty_predicates import (
    _OPENS,
    KINDS,
    _holds_any,
    empty_predicate,
    vague_predicates,
)
from interviewer.core.grading.text import Text


def _as_in_347(text: Text) -> frozenset[int]:
    """`vague_predicates` as it was in grader 3.47: the pattern of the text's own subset of
    the kinds, compiled the first time that subset was met."""
    raw = text.raw.lower()
    kinds = tuple(k for k, (_, needs) in enumerate(KINDS) if all(_holds_any(raw, n) for n in needs))
    found = [m.span() for m in empty_predicate(kinds).finditer(raw) if m.group(0).strip()]
    spans = text.spans
    inside: set[int] = set()
    for start, stop in found:
        i = bisect_left(spans, start, key=_OPENS)
        while i < len(spans) and spans[i][1] <= stop:
            inside.add(i)
            i += 1
    return frozenset(inside)


@pytest.fixture
def fresh(monkeypatch):
    """A process that has met no subset and compiled no subset's pattern yet."""
    monkeypatch.setattr(empty_predicates, "_MET", {}, raising=False)
    empty_predicate.cache_clear()
    yield
    empty_predicate.cache_clear()


SESSION = [
    "Attention, heads and layers drive the whole thing.",
    "Embeddings tie everything together, at its finest.",
    "The big themes are scale and data.",
    "RLHF relates to humans, rewards and PPO; it keeps it going.",
    "Keys and values are cached, so each new token attends to the cache.",
]


def test_a_fresh_process_compiles_no_pattern_for_its_first_answers(fresh):
    """Five answers allowing five different subsets of the kinds: 3.47 compiled five
    patterns (~3.2 ms each), now none; the words found are the same."""
    subsets = set()
    for saying in SESSION:
        text = Text.of(saying)
        raw = text.raw.lower()
        subsets.add(
            tuple(k for k, (_, n) in enumerate(KINDS) if all(_holds_any(raw, w) for w in n))
        )
        assert vague_predicates(text) == _as_in_347(Text.of(saying)), saying
    assert len(subsets) == 5
    empty_predicate.cache_clear()
    for saying in SESSION:
        vague_predicates(Text.of(saying))
    assert empty_predicate.cache_info().misses == 0


def test_a_subset_met_often_gets_its_own_pattern_once(fresh):
    """The OWN_PATTERN_AFTER-th text of a subset compiles its pattern, the ones after reuse it:
    at most one compile per OWN_PATTERN_AFTER texts."""
    text = Text.of("The big themes are scale and data.")
    for _ in range(empty_predicates.OWN_PATTERN_AFTER - 1):
        assert vague_predicates(text) == _as_in_347(text)
    empty_predicate.cache_clear()
    vague_predicates(text)
    assert empty_predicate.cache_info().misses == 1
    for _ in range(10):
        vague_predicates(text)
    assert empty_predicate.cache_info().misses == 1
    assert empty_predicate.cache_info().currsize == 1


@pytest.mark.parametrize("after", [1, 3, 10**9])
@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.lists(st.sampled_from(PIECES), max_size=30), min_size=1, max_size=8))
def test_the_words_found_are_those_of_347(after, words):
    """Whichever pattern serves (each subset's own at once, after 3 texts, or never), the
    words found in any text of these pieces are 3.47's."""
    saved_met, saved_after = empty_predicates._MET, empty_predicates.OWN_PATTERN_AFTER
    empty_predicates._MET, empty_predicates.OWN_PATTERN_AFTER = {}, after
    try:
        for pieces in words:
            text = Text.of(" ".join(pieces))
            assert vague_predicates(text) == _as_in_347(text)
    finally:
        empty_predicates._MET, empty_predicates.OWN_PATTERN_AFTER = saved_met, saved_after
