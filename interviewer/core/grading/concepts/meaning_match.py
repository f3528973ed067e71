"""The meaning match's check that a clause close to a concept's description in wording says
it the same way (`says_the_description`): no direction turned around, not mostly denied."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..findings import PreparedConcept
from ..matching import Answer
from ..text import DIRECTION_WORDS


def says_the_description(prepared: PreparedConcept, answer: Answer, first: int, last: int) -> bool:
    """Whether a unit close to a concept's description in wording says it the same way: not
    with a direction word turned around ("a higher temperature" for "a lower temperature"), and
    not mostly in a negation's reach when the description is not negated."""
    text = answer.text
    stems = set(text.stems[first : last + 1])
    for direction in prepared.meaning_directions - stems:
        if any(opposite in stems for opposite in DIRECTION_WORDS.get(direction, ())):
            return False
    if prepared.meaning_negated:
        return True
    content = text.content  # ascending: the unit's content words are one slice of it
    content = content[bisect_left(content, first) : bisect_right(content, last)]
    negated = sum(1 for i in content if answer.structure.reach[i] >= 0)
    return negated * 2 < len(content)
