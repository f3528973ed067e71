"""Labelled notes: "Stack: last in first out. Queue: first in first out." is a normal way to
answer, one note per thing, each a label ("Stack:") and what is said of it. Read whole, such an
answer is mostly bare words (the labels are nouns with no verb after them), and it had been
flagged as a string of terms and capped at 50 (ref_keys43 q03, b02).

A label is the subject of its note: the notes are statements about their labels when what
follows the labels, read without them, is no string of terms (keywords.is_keyword_string), and
no note says three or more content words with no function word between them ("Array: memory
index constant." strings nouns after its label, and still is a string of terms).
"""

from __future__ import annotations

import re

from .clauses import Structure
from .keywords import is_keyword_string
from .text import STOP_WORDS, Text

_NOTE = re.compile(r"^\s*([^\W\d][\w'/+-]*(?:\s+[\w'/+-]+){0,3})\s*:\s+(\S.*?)\s*$", re.S)
"""A note: a label of one to four words, a colon, and what is said of it."""
_BREAK = re.compile(r"(?<=[.;!?])\s+")
BARE_WORDS = 3
"""A note that says this many content words or more with no function word (and no comma)
between them strings terms after its label: "memory index constant"."""


def notes(raw: str) -> list[tuple[str, str]] | None:
    """The answer's notes (label, what is said of it) when every sentence of it is one (and
    there is at least one); None otherwise."""
    found = []
    for piece in _BREAK.split(raw.strip()):
        if not piece.strip():
            continue
        match = _NOTE.match(piece)
        if match is None:
            return None
        found.append((match.group(1), match.group(2)))
    return found or None


def _bare(said: str) -> bool:
    """Whether a note's words are terms side by side: BARE_WORDS content words or more, with no
    function word and no comma between them."""
    text = Text.of(said)
    if "," in said or any(w in STOP_WORDS for w in text.words):
        return False
    return len(text.content) >= BARE_WORDS


def labelled_notes(raw: str, question_stems: frozenset[str] = frozenset()) -> bool:
    """Whether the answer is labelled notes that make statements about their labels (see the
    module docstring): not a string of terms, though read whole it looks like one."""
    found = notes(raw)
    if found is None or any(_bare(said) for _, said in found):
        return False
    said = Text.of(" ".join(s if s[-1] in ".;!?" else s + "." for _, s in found))
    return not is_keyword_string(said, Structure.of(said), question_stems)
