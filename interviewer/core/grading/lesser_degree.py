"""A claim's word said in a lesser degree (other61).

A listed wrong claim found where the answer puts "less" or "fewer" right before one of its
matched words, when the line itself says no degree there, is not the claim: "it usually
reasons less well than a top text model" does not say 'speech-to-speech models reason as well
as text' (flag60's left case on genai-209: a comparative qualifier read as the bare claim).
"No less well" and "not less" say the claim's degree again and keep it; a line that says
"less" or "fewer" itself ("needs less data") is matched as it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .matching import Answer, Phrase
from .text import Text

LESSER = frozenset(("less", "fewer"))
"""Comparatives of a lesser degree set before a word."""

DEGREES = frozenset(("less", "fewer", "more", "worse", "better", "least", "most"))
"""Degree words a line may say itself: then the answer's "less" is matched, not read."""

UNDONE = frozenset(("no", "not", "nothing"))
"""Words before "less" that take it back: "no less accurate"."""


@lru_cache(maxsize=4096)
def _says_a_degree(text: str) -> bool:
    return any(w in DEGREES for w in Text.of(text).words)


def said_in_lesser_degree(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a matched word of the claim at `positions` has "less" or "fewer" right before
    it in the answer, not after "no" / "not", and the claim's line says no degree itself."""
    words = answer.text.words
    lesser = [
        p
        for p in positions
        if p > 0 and words[p - 1] in LESSER and not (p > 1 and words[p - 2] in UNDONE)
    ]
    return bool(lesser) and not _says_a_degree(phrase.text)
