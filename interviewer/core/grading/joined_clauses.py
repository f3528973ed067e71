"""Clauses joined by a bare "and": "double quantization compresses the constants and paged
optimizers move optimizer state" holds two claims, each with its own subject and verb, as it
does with a comma before the "and" (roles53: the misconception "QLoRA quantizes the optimizer
states" was read across the two, on a correct answer to genai-182).

An "and" opens a clause when the clause before it already has a finite verb and what follows
it is a subject and a finite verb of its own: a short noun phrase (an optional determiner and
one to three content words, none a verb) or a subject pronoun, then a verb in the present, a
copula or an auxiliary. An "and" between two nouns ("keys and values are cached": no verb
before it) or two verbs of one subject ("compresses the constants and moves the state": a verb
right after it) opens nothing. A verb in "-ed" after the noun phrase is left alone: it is as
often a participle ("keys and values stored in the cache"). Nor does an "and" after a copula:
"the text tokens are the queries and the image latents supply the keys and values" hands out
roles, one mapping that a listed wrong claim ("text queries the image latents") reads whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import STOP_WORDS, cached_stem
from .verbs import AUXILIARIES, COPULAS, PARTICIPLES, is_verb

AND = "and"
_DETERMINERS = frozenset("the a an its their this these those each every".split())
_PRONOUNS = frozenset("it they we you".split())
_NOUN_PHRASE_MAX = 3
"""Content words in the subject after "and": "paged optimizers", "the reward model"."""


def _verb(words: Sequence[str], j: int, first: int = 0) -> bool:
    """Whether word j is a verb, read with no word before it when it opens its clause
    (`first`): "; lower recall and better answers go together" has no verb before its "and"."""
    word = words[j]
    previous = words[j - 1] if j > first else ""
    following = words[j + 1] if j + 1 < len(words) else ""
    return is_verb(word, cached_stem(word), previous, following)


def _finite(words: Sequence[str], j: int) -> bool:
    """A verb that can only be finite here: present tense, a copula or an auxiliary."""
    word = words[j]
    if word in COPULAS or word in AUXILIARIES:
        return True
    if word.endswith(("ed", "ing")) or word in PARTICIPLES:
        return False
    return _verb(words, j)


def opens_clause(words: Sequence[str], gaps: Sequence[str], at: int, clause_start: int) -> bool:
    """Whether the "and" at `at` (no punctuation before it) opens a clause of its own; `gaps[k]`
    is what stands between word k and word k + 1. The subject and its verb after the "and" are
    joined by blanks only: "real and generated images (lower is better)" opens nothing."""
    before = range(clause_start, at)
    if any(words[j] in COPULAS for j in before) or not any(
        words[j] in AUXILIARIES or _verb(words, j, clause_start) for j in before
    ):
        return False
    j = at + 1

    def joined(k: int) -> bool:  # word k follows word k - 1 across blanks only
        return k < len(words) and not gaps[k - 1].strip()

    if not joined(j):
        return False
    if words[j] in _PRONOUNS:
        return joined(j + 1) and _finite(words, j + 1)
    if words[j] in _DETERMINERS:
        j += 1
    nouns = 0
    while joined(j) and nouns < _NOUN_PHRASE_MAX:
        word = words[j]
        if word in STOP_WORDS or (nouns and _finite(words, j)):
            break
        if _verb(words, j):
            return False
        nouns += 1
        j += 1
    return bool(nouns) and joined(j) and _finite(words, j)
