"""The words inside an empty predicate are found by a search through the text's spans
(speed50), not by trying every word against every match: the same words as the scan, which is
kept here as the oracle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.empty_predicates import VAGUE_PREDICATE, vague_predicates
from interviewer.core.grading.text import Text


def _scanned(text: Text) -> frozenset[int]:
    """`vague_predicates` as it was before speed50: every word tried against every match."""
    raw = text.raw.lower()
    found = [m.span() for m in VAGUE_PREDICATE.finditer(raw) if m.group(0).strip()]
    return frozenset(
        i
        for i, (begin, end) in enumerate(text.spans)
        if any(start <= begin and end <= stop for start, stop in found)
    )


SAYINGS = [
    "Attention, heads and layers drive the whole thing.",
    "It all comes down to tokens; that is what it's all about.",
    "Embeddings tie everything together, non-linear and human-like, at its finest.",
    "The big themes are scale and data, relating to ½ of the cost.",
    "Transformers are about attention; they revolve around context, at the centre of it all.",
    "RLHF, reward models: shaping the response and bringing it all home.",
    "Ｆｕｌｌ-width text relates to tokens, plus caching.",
]


def test_vague_predicates_finds_the_words_the_scan_found():
    """Words inside the empty predicates found, by the search through the spans, are those
    the scan of every word found (fullwidth, hyphen-joined and NFKC-split words included)."""
    held = 0
    for saying in SAYINGS:
        text = Text.of(saying)
        assert vague_predicates(text) == _scanned(text), saying
        held += bool(_scanned(text))
    assert held >= 5


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "drive",
                "the",
                "whole",
                "thing",
                "it",
                "all",
                "about",
                "relates",
                "to",
                "tie",
                "together",
                "non-linear",
                "human-like",
                "½",
                "centre",
                "of",
                "at",
                "its",
                "finest",
                "tokens",
                ",",
                ".",
                "  ",
                "Ａ",
                "is",
                "themes",
                "big",
                "shaping",
                "response",
                "'s",
            ]
        ),
        max_size=30,
    )
)
def test_vague_predicates_agrees_with_the_scan(pieces):
    """On any text of these words, the search and the scan find the same words."""
    text = Text.of(" ".join(pieces))
    assert vague_predicates(text) == _scanned(text)
