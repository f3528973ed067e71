"""Sentences of empty praise: "leverages skip-connection synergies with attention-augmented
paradigms" strings terms together as a list does, with no claim between them (read as part of
a keyword string, keywords.py)."""

from __future__ import annotations

import re

from .clauses import Structure
from .text import Text

HYPE_RE = re.compile(
    r"\b(?:leverag\w*|synerg\w*|paradigms?|next-generation|nexus|holistic\w*|game-chang\w*"
    r"|seamless\w*|empower\w*|\w+-centric|interplay|best-in-class|world-class|impactful"
    r"|actionable|value-add\w*|landscape)\b"
)
"""Words of empty praise: a sentence holding two of them ("leverages skip-connection synergies
with attention-augmented paradigms") strings terms together as a list does."""
HYPE_MIN = 2
HYPE_PARTS = (
    *"leverag synerg paradigm next-generation nexus holistic game-chang seamless".split(),
    *"empower -centric interplay best-in-class world-class impactful actionable".split(),
    *"value-add landscape".split(),
)
"""A piece of each word of HYPE_RE: a text holding none of them has no such word (looked
for first: most answers hold none)."""


def hyped_sentences(text: Text, structure: Structure) -> list[tuple[int, int]]:
    """(first word, last word) of each sentence of empty praise: one holding HYPE_MIN
    different words of HYPE_RE or more."""
    raw = text.raw.lower()
    if not any(part in raw for part in HYPE_PARTS) or HYPE_RE.search(raw) is None:
        return []
    return [
        (first, last)
        for first, last in structure.units("sentence")
        if len(set(HYPE_RE.findall(raw[text.spans[first][0] : text.spans[last][1]]))) >= HYPE_MIN
    ]
