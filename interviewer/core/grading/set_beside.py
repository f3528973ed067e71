"""A name set beside what a sentence is about by a comparing word (other61): "Unlike adapters,
which insert new layers, LoRA leaves the architecture unchanged" is about LoRA; "adapters" is
named only to be compared with it, and what the aside says ("which insert new layers") is not
said of LoRA, nor is LoRA's verb said of adapters. "Methods such as X", "like X", "compared
with X", "as opposed to X", "rather than X", "instead of X" set X beside the same way."""

from __future__ import annotations

from collections.abc import Sequence

from .text.function_words import ARTICLES

BESIDE = frozenset("unlike like versus vs besides".split())
"""A word right before a name that sets it beside the sentence's subject."""

BESIDE_PAIRS = frozenset(
    (
        ("such", "as"),
        ("compared", "with"),
        ("compared", "to"),
        ("opposed", "to"),
        ("contrast", "to"),
        ("contrast", "with"),
        ("rather", "than"),
        ("instead", "of"),
    )
)
"""Two words right before a name that set it beside ("such as X", "compared with X")."""


def set_beside(words: Sequence[str], first: int) -> bool:
    """Whether the name whose first word is at `first` follows (an article between or not) a
    comparing word of BESIDE or a pair of BESIDE_PAIRS."""
    i = first - 1
    while i >= 0 and words[i] in ARTICLES:
        i -= 1
    if i < 0:
        return False
    return words[i] in BESIDE or (i > 0 and (words[i - 1], words[i]) in BESIDE_PAIRS)
