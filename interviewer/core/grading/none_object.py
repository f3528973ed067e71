""" "None" as the object of a verb: "diffusion models use none", "standard training has none",
"it needs none of them".

"None" in NEGATIONS denies what follows it in its clause, which is right where it opens a noun
phrase or a clause ("none of the layers are frozen", "none is needed"). After a verb it is
that verb's object, a pronoun for what was named before ("GANs use a discriminator, while
diffusion models use none"): it denies only its own "of" complement ("needs none of the
labels"), never the rest of its clause, so "use none and just learn to predict the noise"
still says that they predict the noise (it had been read as denying it). What it denies is
the thing of the clause before, said of this clause's subject: `denied_in_contrast` reads
that.
"""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import CONTRASTS, LIGHT_VERBS
from .text import cached_stem

OBJECT_VERBS = LIGHT_VERBS | frozenset(
    "used had needed required involved included added contained".split()
)
"""Verbs whose object "none" can be ("uses none", "has none", "needed none")."""
_OBJECT_VERB_STEMS = frozenset(cached_stem(w) for w in OBJECT_VERBS)
_OF_ENDS = frozenset("and but so because which while whereas".split())
"""Words that end the "of" complement of an object "none": "needs none of the labels and
trains fast" denies the labels only."""


def none_as_object(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is "none" standing right after a verb, as its object."""
    if words[i] != "none" or i == 0:
        return False
    before = words[i - 1]
    return before in OBJECT_VERBS or cached_stem(before) in _OBJECT_VERB_STEMS


def object_reach_end(words: Sequence[str], clauses: Sequence[int], n: int) -> int:
    """The position after the last word an object "none" at `n` denies: its "of" complement
    ("needs none of the labels"), up to the end of its clause or a linking word; nothing after
    it otherwise ("uses none and just learns to predict the noise")."""
    j = n + 1
    if j >= len(words) or words[j] != "of" or clauses[j] != clauses[n]:
        return j
    while j < len(words) and clauses[j] == clauses[n] and words[j] not in _OF_ENDS:
        j += 1
    return j


def denied_in_contrast(
    words: Sequence[str],
    stems: Sequence[str],
    sentences: Sequence[int],
    subject_stem: str,
    positions: Sequence[int],
) -> bool:
    """Whether a claim found at `positions`, whose subject's first word has `subject_stem`,
    is answered in the same sentence by a contrast that says the subject has none of it:
    "adversarial diffusion distillation adds a discriminator, but standard diffusion training
    has none" says diffusion has no discriminator; the first clause is about the distillation.
    After the claim's last word comes a contrast word, then the subject's word, then an
    object "none" (with nothing but its "of" complement after it in the sentence's clause)."""
    last = max(positions)
    sentence = sentences[last]
    contrast = next(
        (
            i
            for i in range(last + 1, len(words))
            if sentences[i] == sentence and words[i] in CONTRASTS
        ),
        None,
    )
    if contrast is None:
        return False
    after = [i for i in range(contrast + 1, len(words)) if sentences[i] == sentence]
    subject = next((i for i in after if stems[i] == subject_stem), None)
    if subject is None:
        return False
    return any(none_as_object(words, i) for i in after if i > subject)
