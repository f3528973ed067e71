"""Whether a rubric alias itself says its claim in the negative: with "no" or "not" ("no
separate reward model"), or with a removal verb that takes an object ("skips the reward
model", "drops the critic"). Such an alias is a claim about the subject that says it, so the
answer's negation there is the claim's own, not a denial of it (subjects.attribution).

A removal word that takes no object is no removal: "accuracy drops with length", "loss drops
smoothly", "performance slowly drops" say that something falls. Nor is a bare form followed
by a bare noun, which reads as a compound as readily as a verb ("skip connections", "drop
rate"): it is read as a removal only in an inflected form ("skips RL", "removes weights") or
before a determiner ("skip the reward model")."""

from __future__ import annotations

from functools import lru_cache

from .denial_words import DETERMINERS, REMOVAL_QUANTIFIERS, REMOVALS
from .matching import Phrase

PREPOSITIONS = frozenset(
    "with in on at by to from for of over under during across through into after before "
    "between per as".split()
)
"""Words after a removal verb that show it takes no object ("drops with length")."""
OBJECT_PRONOUNS = frozenset("it them".split())


def says_no(phrase: Phrase) -> bool:
    """Whether the alias `phrase` says its claim in the negative: it is itself negative ("no
    separate reward model"), or holds a removal verb with an object ("skips the reward
    model")."""
    return phrase.negative or removes_something(phrase.text)


@lru_cache(maxsize=1 << 16)  # an alias's text: asked again for every answer that says it
def removes_something(text: str) -> bool:
    """Whether `text` holds a removal verb followed by its object: an inflected form ("skips",
    "removes", "dropping") before any word but a preposition or a closing adverb in -ly, or
    any form before a determiner or an object pronoun ("skip the reward model", "remove
    it")."""
    words = [w.strip(".,;:!?()'\"").lower() for w in text.split()]
    for i, word in enumerate(words[:-1]):
        if word not in REMOVALS:
            continue
        following = words[i + 1]
        last = i + 2 == len(words)
        if following in DETERMINERS | REMOVAL_QUANTIFIERS | OBJECT_PRONOUNS:
            return True
        if word.startswith("dispens") and following == "with":
            return True  # "dispenses with the reward model"
        if following in PREPOSITIONS or (last and following.endswith("ly")):
            continue  # "drops with length", "loss drops smoothly"
        if word.endswith(("ing", "ed")) or (word.endswith("s") and not word.endswith("ss")):
            return True  # "skips RL", "removes weights", "dropping layers"
    return False
