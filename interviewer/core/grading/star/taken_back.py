"""A behavioural answer that cannot be graded as told: a story taken back at its end ("... jk,
none of this ever happened."), or one not written in English.

A story that ends by saying it never happened is no story: an interviewer stops there (play29
F14: a complete story followed by "jk, none of this ever happened." scored 100 `strong`, while
reference and rubric modes cap a retraction). A retraction is read as those modes read it
(retractions.py: "jk", "just kidding", "it's the other way round"), or as a sentence after the
first that denies the story itself ("none of this happened", "I made it all up"). Such a story
is capped at RETRACTED_CAP and flagged `contradiction`, as the other modes flag a retraction.

A story with almost no English function words (under ENGLISH_SHARE of its words) is in another
language: the STAR cues read English, so it is flagged `unreadable` and told to answer in
English, not coached part by part in English (play29 F14: a story in French got 0 with "Open
with the situation").
"""

from __future__ import annotations

import re

from ..clauses import Structure
from ..retractions import retraction
from ..text import STOP_WORDS, Text
from .filler import FILLER_CAP

RETRACTED_CAP = FILLER_CAP
"""The highest score of a story taken back: band `missing`, as a story that is only filler."""
RETRACTED_NOTE = (
    "The answer takes the story back (\u201c{evidence}\u201d): an interviewer stops there. Tell "
    "a story that happened, and leave it standing."
)
_DENIED = re.compile(
    r"^(?:(?:lol|haha+|ok|okay|well|actually|honestly|to be honest|but|and|so)[\s,!.]+)*"
    r"(?:none of (?:this|that|it) (?:ever |really |actually )?happened"
    r"|(?:this|that|it) (?:all )?(?:never|didn'?t|did not) (?:really |actually )?happen(?:ed)?"
    r"|i made (?:this|that|it|the whole thing|all of (?:this|that|it)) (?:all )?up"
    r"|(?:this|that|it) (?:is|was|isn'?t|wasn'?t) (?:all )?(?:made up|not (?:a )?(?:real|true)"
    r"(?: story)?|fiction(?:al)?|invented)"
    r"|(?:this|that|it) (?:isn'?t|wasn'?t) (?:a )?(?:real|true)(?: story)?)"
    r"[\s,!.]*$"
)
"""A sentence that says nothing but that the story did not happen."""

ENGLISH_SHARE = 0.15
"""Share of English function words under which a story is in another language. The answers
of tests/data/star_answers.yaml's train split hold at least 0.35; stories in French, German and
Spanish 0.0 to 0.05."""
_MIN_WORDS = 8
"""A shorter answer is judged by its length and parts."""


def taken_back(text: str) -> str | None:
    """The words of the sentence that takes the story back, or None."""
    parsed = Text.of(text)
    structure = Structure.of(parsed)
    found = retraction(parsed, structure)
    if found is not None:
        return found
    raw = parsed.raw
    for first, last in structure.units("sentence"):
        if first == 0:
            continue
        sentence = raw[parsed.spans[first][0] : parsed.spans[last][1]].lower()
        if _DENIED.match(sentence.replace("\u2019", "'")):
            return parsed.evidence(first, last)
    return None


def not_english(text: str) -> bool:
    """Whether the answer is in another language (see ENGLISH_SHARE)."""
    words = Text.of(text).words
    if len(words) < _MIN_WORDS:
        return False
    return sum(1 for w in words if w in STOP_WORDS) < ENGLISH_SHARE * len(words)
