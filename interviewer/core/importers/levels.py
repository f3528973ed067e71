"""Levels: read from marks in the source (emoji, '(easy)', level headings) or inferred."""

from __future__ import annotations

import re

from ..bank import LEVELS

_EMOJI = {
    "\U0001f476": "beginner",  # baby
    "\U0001f331": "beginner",  # seedling
    "\U0001f7e2": "beginner",  # green circle
    "\u2b50": "intermediate",  # star
    "\U0001f7e1": "intermediate",  # yellow circle
    "\U0001f680": "expert",  # rocket
    "\U0001f525": "expert",  # fire
    "\U0001f534": "expert",  # red circle
}
_WORDS = {
    "easy": "beginner",
    "basic": "beginner",
    "beginner": "beginner",
    "junior": "beginner",
    "entry": "beginner",
    "fundamental": "beginner",
    "fundamentals": "beginner",
    "medium": "intermediate",
    "moderate": "intermediate",
    "intermediate": "intermediate",
    "mid": "intermediate",
    "hard": "expert",
    "difficult": "expert",
    "advanced": "expert",
    "advance": "expert",  # khangich's "| Question | Level |" table: Fundamental / Advance
    "expert": "expert",
    "senior": "expert",
}
_WORD_ALT = "|".join(sorted(_WORDS, key=len, reverse=True))
_MARK_RE = re.compile(
    rf"\s*[\(\[]\s*(?:level|difficulty)?\s*:?\s*({_WORD_ALT})\s*[\)\]]\s*"
    rf"|\s*\b(?:level|difficulty)\s*:\s*({_WORD_ALT})\b\s*",
    re.I,
)
_EDGE = " \t*_"
"""What may sit between a level emoji and the end of its line (spaces, bold and italic marks)."""
_HEADING_RE = re.compile(
    rf"^(?:level\s*:?\s*)?({_WORD_ALT})(?:\s+(?:level|questions?|interview questions?))?\s*:?$",
    re.I,
)


def _edge_emoji(text: str) -> tuple[str, list[str]]:
    """The text without the level emoji at its start and its end, and those emoji's levels
    (the start's first). A level emoji in the middle of a line is part of the prompt."""
    levels: list[str] = []
    found = True
    while found:
        found = False
        head = text.lstrip(_EDGE)
        for emoji, level in _EMOJI.items():
            if head.startswith(emoji):
                text = head[len(emoji) :].removeprefix("\ufe0f")
                levels.append(level)
                found = True
                break
    tail: list[str] = []
    found = True
    while found:
        found = False
        rest = text.rstrip(_EDGE).removesuffix("\ufe0f")
        for emoji, level in _EMOJI.items():
            if rest.endswith(emoji):
                text = rest[: -len(emoji)]
                tail.insert(0, level)
                found = True
                break
    return text, levels + tail


def take_level_mark(text: str) -> tuple[str, str | None]:
    """The text without its level mark, and the level the mark names (None when unmarked).

    A level emoji is a mark only at the start or the end of the line ('What is X? ⭐'); in the
    middle ('... 🐍🔥 and why ...') it is part of the prompt and stays.
    """
    text, levels = _edge_emoji(text)
    level = levels[0] if levels else None
    mark = _MARK_RE.search(text)
    if mark:
        level = level or _WORDS[(mark.group(1) or mark.group(2)).lower()]
        text = text[: mark.start()] + " " + text[mark.end() :]
    return re.sub(r"\s+", " ", text).strip(), level


def level_heading(text: str) -> str | None:
    """The level a heading names ('Easy', 'Advanced questions'), or None."""
    match = _HEADING_RE.match(text.strip())
    return _WORDS[match.group(1).lower()] if match else None


_TRAFFIC_LIGHTS = ("\U0001f7e2", "\U0001f7e1", "\U0001f534")
"""Green, yellow and red circles: in a heading, only these emoji mark a level on their own
('Joins 🟡'); a rocket or a seedling before a section's name ('🚀 Deployment') is decoration."""


def heading_level_mark(text: str) -> tuple[str, str | None]:
    """A cleaned heading's title without its level mark, and the level the mark names (None
    when it has none): 'Hard 🔴' -> ('', 'expert'), 'Basics (easy)' -> ('Basics', 'beginner'),
    'Joins 🟡' -> ('Joins', 'intermediate'); '🚀 Deployment' is a title, unmarked."""
    named = level_heading(text)
    if named is not None:
        return "", named
    rest, level = take_level_mark(text)
    if level is None:
        return text, None
    named = level_heading(rest) if rest else level
    if named is not None:
        return "", named
    edges = text.strip(_EDGE).removesuffix("\ufe0f")
    if (
        _MARK_RE.search(text)
        or edges.startswith(_TRAFFIC_LIGHTS)
        or edges.endswith(_TRAFFIC_LIGHTS)
    ):
        return rest, level
    return text, None


_EXPERT_CUES = re.compile(
    r"\b(design|architect|trade-?offs?|scale|at scale|optimi[sz]e|derive|prove|why does|"
    r"how would you (build|design|implement|debug)|production|compare|in depth|internals?)\b",
    re.I,
)
_BEGINNER_CUES = re.compile(
    r"^(what is|what are|what's|define|name|list|what does .{1,30} stand for)\b", re.I
)


def infer_level(prompt: str) -> str:
    """A first guess from the wording: definitions are beginner, design and trade-offs expert."""
    if _EXPERT_CUES.search(prompt):
        return LEVELS[2]
    if _BEGINNER_CUES.search(prompt.strip()) and len(prompt.split()) <= 12:
        return LEVELS[0]
    return LEVELS[1]
