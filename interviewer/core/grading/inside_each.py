"""A denial of one part, not of the whole: "no diversity within classes" says each class holds
images all alike, not that the images lack a variety of classes. Where "within", "inside" or
"per" stands between the words a concept's phrase was found on, and the phrase says none of
them ("variety of classes"), the answer speaks of what is inside each of the things it names,
and its denial denies nothing of the phrase (found on a blind correct_probes49 answer of
genai-111, cp49-022: "a high IS while having no diversity within classes" read as denying
"variety of classes").

The same words set a phrase of what passes between things apart (`inside_not_between`): a
phrase that says "between", "across" or "among" ("attention between frames", "share
information across frames") is not found where one of INSIDE_EACH stands between its first
and last words, in one clause, and none of those three: "spatial attention mixes pixels
within each frame" and "attention inside a frame links its pixels" say the opposite of
temporal attention (both credited it on genai-207 at bccae637, "between" being a stop word
the phrase does not need: lead68's play). Left alone: "attention across frames, and within
each frame convolutions" (the "within" after the match), "attention between and within
frames" (the phrase's own word is there too)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .matching import Answer, Phrase

INSIDE_EACH = frozenset("within inside per".split())
"""Words that put what follows them as the place where the words before them hold, one by
one ("variety within classes": inside each class)."""


BETWEEN_WORDS = frozenset("between across among amongst".split())
"""Words that put what a phrase says as passing from one thing to another ("attention between
frames")."""


def inside_not_between(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a phrase that says one of BETWEEN_WORDS is found across one of INSIDE_EACH, in
    one clause, with none of BETWEEN_WORDS between its first and last words (module
    docstring)."""
    if not BETWEEN_WORDS & set(re.findall(r"[a-z]+", phrase.text.lower())):
        return False
    words, clauses = answer.text.words, answer.structure.clauses
    first, last = positions[0], positions[-1]
    inside = range(first + 1, last)
    return any(
        words[i] in INSIDE_EACH and clauses[i] == clauses[first] for i in inside
    ) and not any(words[i] in BETWEEN_WORDS for i in inside)


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
