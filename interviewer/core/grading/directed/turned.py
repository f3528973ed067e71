"""The key's directions against an answer's: which the answer says the other way round of
the same thing about the key's subject, and never the key's way (`directions_turned`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..clauses import Structure
from ..matching import Answer
from ..result import Contradiction
from ..text import DIRECTION_WORDS, Text
from .reading import Directed, directions

MIN_SHARED = 2
"""An answer's segment is about what the key's is when it says the key's subject there, or at
least this many of the key's content words before the direction."""


@dataclass(frozen=True)
class KeyDirection:
    """A direction the answer key states."""

    text: str
    """The key's own words: its stretch."""
    said: Directed


def reference_directions(reference: Text) -> list[KeyDirection]:
    """The directions a reference states plainly, each of one thing."""
    return [
        KeyDirection(reference.quote(d.first, d.last), d)
        for d in directions(reference, Structure.of(reference))
    ]


def _about(key: Directed, said: Directed, others: list[Directed]) -> bool:
    """Whether the answer's statement is said of what the key's is: the key's subject (its
    first word before the direction), or MIN_SHARED of its words; and where the key says the
    other direction of the same thing of another subject (`others`: "the water on the floor
    had a larger surface area; the water in the cup a smaller one"), a word of this one's
    subject that the other's lacks, and none of the other's that this one lacks."""
    if not key.before:
        return False
    shared = set(key.before) & (set(said.before) | set(said.context))
    if key.before[0] not in shared and len(shared) < MIN_SHARED:
        return False
    for other in others:
        mine, theirs = set(key.before) - set(other.before), set(other.before) - set(key.before)
        if not mine & set(said.before) or theirs & set(said.before):
            return False
    return True


def _opposed(stem: str, said: frozenset[str]) -> bool:
    return any(o in said for o in DIRECTION_WORDS.get(stem, ()))


def _sign(key: Directed, said: Directed) -> int | None:
    """The sign the answer's statement gives the key's thing, read with the degrees that
    qualify it (a qualifier said the other way turns it once more); None when the two do not
    say it of the same kind of thing (a qualifier of one not said by the other) or the answer
    says how or where the other way round."""
    turns = 0
    for degree in key.degrees:
        if degree in said.degrees:
            continue
        if not _opposed(degree, said.degrees):
            return None
        turns += 1
    if any(not _opposed(d, key.degrees) and d not in key.degrees for d in said.degrees):
        return None
    if any(_opposed(d, said.after) for d in key.after):
        return None
    return said.sign if turns % 2 == 0 else -said.sign


@dataclass(frozen=True)
class DirectionReadings:
    """How an answer says the directions of a reference."""

    turned: list[Contradiction]
    """The directions it says the other way round, and never the key's way."""
    right: int
    """How many it says the key's way."""


def directions_turned(keys: list[KeyDirection], parsed: Answer) -> DirectionReadings:
    """The key's directions that the answer says the other way round of the same thing, and
    never the key's way, and how many it says the key's way."""
    if not keys:
        return DirectionReadings([], 0)
    text = parsed.text
    said = directions(text, parsed.structure)
    found: list[Contradiction] = []
    right = 0
    for key in keys:
        k = key.said
        others = [
            o.said
            for o in keys
            if o.said.axis == k.axis and o.said.thing == k.thing and o.said.sign != k.sign
        ]
        same = [
            (d, sign)
            for d in said
            if d.axis == k.axis and d.thing == k.thing and (sign := _sign(k, d)) is not None
        ]
        if any(sign == k.sign for _, sign in same):
            # said the key's way somewhere: what is said the other way is an aside; a point
            # right only where said of the key's subject
            right += any(sign == k.sign and _about(k, d, others) for d, sign in same)
            continue
        wrong = [d for d, _ in same if _about(k, d, others)]
        if wrong:
            quote = text.evidence(wrong[0].first, wrong[0].last)
            found.append(
                Contradiction(
                    concept=f"{key.text} (said the other way round)",
                    evidence=(quote,),
                    detail=f"the answer key says it the other way round: “{key.text}”",
                )
            )
    return DirectionReadings(found, right)
