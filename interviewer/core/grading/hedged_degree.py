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
absolute, which is all the wrong claim says.

The hedge is read only in a sentence that names the case it holds for (`in_a_stated_case`,
fix64, after review64): a number ("8-bit", "8 bits", "4-bit": a word with a digit), or before
the hedge a condition word "if", "when", "unless", "once", "with", or "at" (not "at all"):
"With a large pretrained model and a large epsilon, there is almost no accuracy cost" and
"8-bit quantization keeps nearly the same accuracy" are read so ("it shows nearly no drop at
moderate epsilon" is not: the case comes after the hedge); a bare hedged claim is a claim of its
own and is as wrong as the absolute where the truth is far from it: "A summary loses almost no
information." (genai-157), "There is almost no extra cost for more agents." (genai-203),
"Forward and reverse KL give nearly the same result." (genai-187) stay flagged.

Left alone: a line that says "almost" or "nearly" itself (then the answer's hedge is matched
as it stands); the bare absolute ("there is no accuracy cost at all", "quantization is
lossless"); a hedge elsewhere in the clause ("almost every model has no accuracy cost" hedges
"every", not the "no" of the claim); a hedged totality ("almost always", "nearly all": as
wrong as the bare one where the truth is "never" or "only when"); and other hedges ("hardly",
"barely", "virtually", "practically"), which were not studied.
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

CONDITIONS = frozenset(("if", "when", "unless", "once", "with", "at"))
"""Words that name the case a hedged claim holds for, before the hedge in its sentence."""

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


def in_a_stated_case(words: Sequence[str], sentences: Sequence[int], p: int) -> bool:
    """Whether the sentence of word `p` names the case a hedge there holds for: a word with a
    digit anywhere in it, or "if", "when", "unless", "once", "with" or "at" (not "at all")
    before `p`: "there is almost no accuracy cost with a large epsilon" is not, "with a large
    epsilon, there is almost no accuracy cost" is."""
    sentence = [i for i in range(len(words)) if sentences[i] == sentences[p]]
    if any(any(c.isdigit() for c in words[i]) for i in sentence):
        return True
    return any(
        words[i] in CONDITIONS
        and not (words[i] == "at" and i + 1 < len(words) and words[i + 1] == "all")
        for i in sentence
        if i < p
    )


def hedged_in_its_case(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """`said_in_hedged_degree`, in a sentence that names the case it holds for
    (`in_a_stated_case`, read at the first of `positions`)."""
    return bool(positions) and (
        said_in_hedged_degree(phrase, answer, positions)
        and in_a_stated_case(answer.text.words, answer.structure.sentences, min(positions))
    )
