"""An absolute claim said in a hedged degree (logic64).

A listed wrong claim or a misconception that says an absolute, the negative "no X" or an
equality ("the same", "identical", "equal", "lossless"), is not the answer's claim
where the answer puts "almost" or "nearly" right before the word that makes it absolute:

- before the negation that puts a negative line's words in the negative: "there is almost no
  accuracy cost" does not say 'no accuracy cost' (genai-213: large pretrained models trained
  with a large epsilon lose little), "nearly never" does not say "never";
- before a negation, which then denies nothing: "almost no accuracy cost" does not deny the
  accuracy cost (`hedged_negation`, read by `Denials.denied`);
- before a matched absolute word of the line, or before "the" and that word: "8-bit
  quantization keeps nearly the same accuracy" does not say 'quantization keeps the same
  accuracy' (genai-119's misconception 'quantization is lossless'), "almost lossless" does not
  say "lossless".

"Almost no X" is not "no X" and "nearly the same" is not "the same": the hedge takes back the
absolute, which is all the wrong claim says. Left alone: a line that says "almost" or
"nearly" itself (then the answer's hedge is matched as it stands); the bare absolute ("there is
no accuracy cost at all", "quantization is lossless"); a hedge elsewhere in the clause
("almost every model has no accuracy cost" hedges "every", not the "no" of the claim); a
hedged totality ("almost always", "nearly all": as wrong as the bare one where the truth is
"never" or "only when"); and other hedges ("hardly", "barely", "virtually", "practically"),
which were not studied.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .text import Text

if TYPE_CHECKING:  # denials.py reads `hedged_negation` below matching's import of clauses.py
    from .matching import Answer, Phrase

HEDGES = frozenset(("almost", "nearly"))
"""Words that say a degree short of the absolute right after them."""

ABSOLUTES = frozenset("same identical equal equally lossless zero none nothing never no".split())
"""Words of a line that make its claim absolute: an equality or a negative. Not a totality
("all", "every", "always"): "LoRA almost always adds latency" is as wrong as "always"."""

NEGATIONS = frozenset(("no", "none", "nothing", "never", "zero"))
"""Negation words a hedge can stand before ("almost no", "nearly never"); "not" takes none."""


@lru_cache(maxsize=4096)
def _hedges_itself(text: str) -> bool:
    return any(w in HEDGES for w in Text.of(text).words)


def _hedged(words: Sequence[str], p: int) -> bool:
    """Whether "almost" / "nearly" stands right before word `p`, or before "the" before it."""
    if p > 0 and words[p - 1] in HEDGES:
        return True
    return p > 1 and words[p - 1] == "the" and words[p - 2] in HEDGES


def hedged_negation(words: Sequence[str], n: int) -> bool:
    """Whether the negation word at `n` is "no", "none", "nothing", "never" or "zero" with
    "almost" / "nearly" right before it: "almost no accuracy cost" says a small cost."""
    return words[n] in NEGATIONS and _hedged(words, n)


def said_in_hedged_degree(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the claim of `phrase` found at `positions` is said short of its absolute: a
    negative line whose every matched word in a negation's reach has a hedged negation word
    ("almost no") as that negation, or a matched absolute word hedged ("nearly the same");
    never when the line says "almost" or "nearly" itself."""
    if _hedges_itself(phrase.text):
        return False
    words = answer.text.words
    if any(words[p] in ABSOLUTES and _hedged(words, p) for p in positions):
        return True
    if not phrase.negative:
        return False
    reach = answer.structure.reach
    negators = {reach[p] for p in positions if reach[p] >= 0}
    return bool(negators) and all(hedged_negation(words, n) for n in negators)
