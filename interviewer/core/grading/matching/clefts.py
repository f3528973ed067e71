"""A cleft between a statement's subject and what is said of it: "VAEs are the ones that use an
adversarial setup" says "VAEs use an adversarial setup" (wrong43: a fluent wrong answer to
genai-005 swapped the two families so and scored 100, its "VAEs are adversarial" four words
too far apart to be read)."""

from __future__ import annotations

from ..text.function_words import CORE_RELATIVES as _RELATIVES
from ..text.function_words import FINITE_BE
from .answer import Answer

_ONES = frozenset(("one", "ones"))


def cleft_after(answer: Answer, position: int) -> int:
    """How many words of a cleft ("are the ones that", "is the only one which") follow the
    word at `position`: 0 when none does."""
    words = answer.text.words
    k = position + 1
    if k >= len(words) or words[k] not in FINITE_BE:
        return 0
    k += 1
    if k < len(words) and words[k] == "the":
        k += 1
    if k < len(words) and words[k] == "only":
        k += 1
    if k + 1 < len(words) and words[k] in _ONES and words[k + 1] in _RELATIVES:
        return k + 2 - (position + 1)
    return 0
