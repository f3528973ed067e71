"""Comparatives: direction words of comparison ("larger", "better", "more"), which relate the
words around them rather than only qualifying a noun."""

from __future__ import annotations

from ..text import DIRECTION_WORDS


def comparative(word: str, word_stem: str) -> bool:
    """Whether a word is a direction word of comparison: "larger", "better", "more", not
    "small" ("memorizes the small training set instead of learning" is no "too small to
    learn")."""
    return word_stem in DIRECTION_WORDS and (
        word.endswith("er") or word in ("more", "less", "fewer", "worse")
    )


_NOT_COMPARED = frozenset(("encoder", "decoder"))
"""Stems of direction words ending in -er that compare nothing ("encoder", "decoder")."""


def compared(word: str, word_stem: str) -> bool:
    """Whether a word beside "and" / "or" is a comparative ("better", "lower", "more"): then
    the words are related, not listed: "lower recall and better answers go together" says
    lower recall is better; "use FID for images and WER for speech" pairs nothing."""
    return comparative(word, word_stem) and word_stem not in _NOT_COMPARED
