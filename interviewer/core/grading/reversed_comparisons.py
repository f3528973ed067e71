"""A comparison said the other way round (deny48, issue 8): a rubric phrase "less reliable
than few-shot" found in "few-shot is always less reliable", where the thing the phrase puts
after "than" is the subject of the comparative, or a phrase "few-shot is more reliable" found
in "... is more reliable than a couple of examples", where its subject follows "than". The
phrase's words are all there, in the other comparison: the answer says the opposite.

Read as before: "compared with few-shot, zero-shot is less reliable" (another subject stands
between the thing and the comparative), a phrase with no comparative or no thing either side
of it, and a thing found by more than one word before "than"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .denial_words import BE_FORMS, DEGREE_WORDS, HEDGES
from .matching import Answer, Phrase
from .text import DIRECTION_WORDS

COMPARATIVES = frozenset(
    s for s in DIRECTION_WORDS if s.endswith("er") and s not in ("after", "encoder", "decoder")
) | frozenset(("more", "less", "wors"))
"""The stems of comparatives ("more", "less", "better", "worse", "slower", "cheaper")."""
_BETWEEN = frozenset(
    "much far way a lot even still always strictly generally usually often".split()
)
"""Words that may stand between a comparison's subject and its comparative: "few-shot is
always far less reliable"."""
THING_WORDS = 2
"""At most this many words of the thing's name between its matched word and the copula."""
MAX_THAN_GAP = 4
"""At most this many words between "than" and the thing compared with."""
_THAN = re.compile(r"\bthan\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")


def comparison_reversed(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the phrase's comparison is found the other way round at `positions` (module
    docstring)."""
    stems = answer.text.stems
    held = sorted(positions)
    compared = [p for p in held if stems[p] in COMPARATIVES]
    if len(compared) != 1:
        return False
    q = compared[0]
    before, after = _sides(phrase)
    if not before and not after:
        return False
    words = answer.text.words
    if after:
        # "less reliable than few-shot": few-shot as the comparative's subject
        if any(p > q and stems[p] in after for p in held):
            return False  # its thing after the comparative too
        things = [p for p in held if p < q and stems[p] in after]
        return any(_subject_of(words, p, q) for p in things)
    # "few-shot is more reliable": few-shot after the answer's "than"
    if any(p < q and stems[p] in before for p in held):
        return False  # "the preferred answer gets a higher score than the rejected one"
    things = [p for p in held if p > q and stems[p] in before]
    return any(_after_than(words, q, p) for p in things)


def _sides(phrase: Phrase) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the phrase's thing: (before its comparative, when it has no "than"; after
    its "than"). Empty where the phrase names none."""
    text = phrase.text.lower()
    stems = [s for _, s, _ in phrase.tokens]
    comparative = [i for i, s in enumerate(stems) if s in COMPARATIVES]
    if len(comparative) != 1:
        return frozenset(), frozenset()
    parts = _THAN.split(text)
    if len(parts) == 2:
        said = set(_WORD.findall(parts[1]))
        after = [
            s
            for (word, s, _) in phrase.tokens[comparative[0] + 1 :]
            if word.lower() in said and s not in COMPARATIVES
        ]
        return frozenset(), frozenset(after)
    if len(parts) == 1:
        return frozenset(stems[: comparative[0]]), frozenset()
    return frozenset(), frozenset()


def _subject_of(words: Sequence[str], p: int, q: int) -> bool:
    """Whether the thing at `p` is the subject of the comparative at `q`: only a copula and
    degree words between them, a copula among them."""
    between = words[p + 1 : q]
    copulas = [i for i, w in enumerate(between) if w in BE_FORMS]
    if not copulas or copulas[0] > THING_WORDS:
        return False  # the rest of the thing's name may come first: "few shot is"
    if not all(w.isalnum() for w in between[: copulas[0]]):
        return False
    return all(
        w in BE_FORMS or w in _BETWEEN or w in DEGREE_WORDS or w in HEDGES or w.endswith("ly")
        for w in between[copulas[0] :]
    )


def _after_than(words: Sequence[str], q: int, p: int) -> bool:
    """Whether "than" stands after the comparative at `q`, the thing at `p` close after it."""
    for t in range(q + 1, p):
        if words[t] == "than":
            return p - t <= MAX_THAN_GAP
    return False
