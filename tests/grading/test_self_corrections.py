"""A clause taken back by the next ("X, or rather Y", "X - no, Y") is set aside."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def position(s: Structure, word: str) -> int:
    return s.text.words.index(word)


@pytest.mark.parametrize(
    "text",
    [
        "The index stores raw pages, or rather it stores their chunks",
        "The index stores raw pages - no, it stores their chunks",
        "The index stores raw pages \u2014 no, it stores their chunks",
    ],
)
def test_a_retracted_clause_is_set_aside_and_its_correction_is_not(text):
    s = structure(text)
    assert s.dismissed([position(s, "raw")])
    assert not s.dismissed([position(s, "chunks")])


@pytest.mark.parametrize(
    "text",
    [
        "The index stores raw pages, or it stores their chunks",  # an alternative, not a retraction
        "The index stores raw pages. No, it stores their chunks",  # another sentence
        "The index stores raw pages\n- no chunks are kept",  # a list item
        "The index stores raw pages, no chunks",
    ],
)
def test_or_and_no_without_a_retraction_set_nothing_aside(text):
    s = structure(text)
    assert not s.dismissed([position(s, "raw")])


@given(
    st.lists(st.sampled_from(["index", "stores", "raw", "pages", "fast"]), min_size=1, max_size=4),
    st.sampled_from([", or rather", " - no,", " \u2014 no,"]),
    st.lists(st.sampled_from(["chunks", "vectors", "kept", "small"]), min_size=1, max_size=4),
)
def test_every_word_before_a_retraction_is_set_aside_and_none_after(before, marker, after):
    s = structure(f"It {' '.join(before)}{marker} it {' '.join(after)}")
    words = s.text.words
    cut = words.index("rather" if "rather" in marker else "no")
    assert all(s.dismissed([i]) for i in range(1, cut - (1 if "rather" in marker else 0)))
    assert not any(s.dismissed([i]) for i in range(cut + 1, len(words)))
