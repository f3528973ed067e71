"""Reference mode's concise answer: one that states both halves of the key's contrast, and
every key term, in a few words, loses nothing for its length.

The length signal takes up to 27 points from an answer much shorter than the key: "Stack is
LIFO, queue is FIFO." against "A stack is last in, first out (LIFO): the last item pushed is
the first popped; a queue is first in, first out (FIFO)." said all the key says and scored
59.8 (ref_keys43 q02). Length stands in for what an answer leaves out; an answer that names
every key term and says what the key tells each of its two subjects apart by, each of its
own subject (swaps.py), leaves out nothing the grader can see. Waiving the length for every
short answer with every key term found instead cost SemEval-2013 train accuracy (Beetle
0.7554 -> 0.7523: 22 wrong answers passed, 10 correct ones): a two-term key of a short
reference is covered by many wrong answers. A one-word answer is still capped
(one_word.py), and any wrong claim keeps the length's cost.
"""

from __future__ import annotations

from ..matching import Answer
from ..result import ScorePart
from ..swaps import Contrast, answer_sides, says
from .blend import ReferenceBlend
from .signals import ReferenceSignals

CONCISE_NOTE = "states every key term, and both sides of the answer key's contrast: no length cost"


def states_a_contrast(contrasts: list[Contrast], parsed: Answer) -> bool:
    """Whether the answer says some contrast of the key the key's way, both halves: what
    tells each subject apart, of that subject, and nothing of the other's."""
    if not contrasts:
        return False
    found = answer_sides(contrasts, parsed)
    for contrast in contrasts:
        a, b = contrast.subjects
        one, two = contrast.apart
        if says(found, a, one, two) and says(found, b, two, one):
            return True
    return False


def concise_credit(
    parts: list[ScorePart],
    score: float,
    blend: ReferenceBlend,
    best: ReferenceSignals,
    contrasts: list[Contrast],
    written: Answer,
) -> float:
    """The score with the length's cost given back (told in a part of the explanation) when
    the answer names every key term (two or more) and states a contrast of the key
    (`states_a_contrast`); the caller gives no wrong claim."""
    cost = blend.points(best)["length"]
    if cost >= 0 or best.coverage < 1.0 or len(best.findings) < 2:
        return score
    if not states_a_contrast(contrasts, written):
        return score
    parts.append(ScorePart("concise", 1.0, round(-cost, 1), CONCISE_NOTE))
    return score - cost
