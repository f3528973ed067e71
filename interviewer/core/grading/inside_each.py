"""A denial of one part, not of the whole: "no diversity within classes" says each class holds
images all alike, not that the images lack a variety of classes. Where "within", "inside" or
"per" stands between the words a concept's phrase was found on, and the phrase says none of
them ("variety of classes"), the answer speaks of what is inside each of the things it names,
and its denial denies nothing of the phrase (found on a blind correct_probes49 answer of
genai-111, cp49-022: "a high IS while having no diversity within classes" read as denying
"variety of classes")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .matching import Answer, Phrase

INSIDE_EACH = frozenset("within inside per".split())
"""Words that put what follows them as the place where the words before them hold, one by
one ("variety within classes": inside each class)."""


def inside_each(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether one of INSIDE_EACH stands between the first and the last word of a match, in
    one clause, and the phrase has none of them."""
    if INSIDE_EACH & set(re.findall(r"[a-z]+", phrase.text.lower())):
        return False  # "little variety within a class" is said by the words it names
    words, clauses = answer.text.words, answer.structure.clauses
    first, last = positions[0], positions[-1]
    return any(
        words[i] in INSIDE_EACH and clauses[i] == clauses[first] for i in range(first + 1, last)
    )
