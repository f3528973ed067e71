"""Cheat-sheet items written "X vs Y" ("- **WHERE vs HAVING**: WHERE filters ...", "### list vs
tuple"), read as the question "What is the difference between X and Y?"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import clean_inline

_VERSUS_RE = re.compile(r"\s(?:vs\.?|versus)\s", re.I)
_VERSUS_END_RE = re.compile(r"\?|:(?=\s|$)|\s[-\u2013\u2014]\s|\s?[\u2013\u2014]\s?")
"""Where the second thing of "X vs Y" ends: a question mark, a colon, a dash."""
BOLD_LEAD_RE = re.compile(r"^\s*(\*\*|__)(.+?)\1(.*)$")
_LIST_ITEM_RE = re.compile(r"^\s*([-*+\u2022]|\d{1,9}[.)])\s")
_SENTENCE_END = " .,;!\u2026"
"""What ends a line's sentence rather than a thing's name: "- Tcp vs udp." asks of "udp"."""
_STOP_AFTER_BOLD_RE = re.compile(r"^[.,;!\u2026]+(?=\s|$)")
"""A full stop after the bold pair ("**X vs Y**. answer"), not the answer's ".NET"."""
VERSUS_MAX_WORDS = 5
"""Each side of "X vs Y" names one thing: a longer side is a sentence that says "vs"."""
_ASKING = frozenset("what which when why how should where who".split())
"""A line that is only a question ending in "?" whose first side of two words or more opens
with one of these is a question already asked ("**What is REST vs GraphQL?**"), kept as it is
written, not "What is the difference between What is REST and GraphQL?" (lead65); "is vs =="
names a thing, and "- **When to use X vs Y**: ..." stays a cheat-sheet item."""


@dataclass(frozen=True)
class Versus:
    """A cheat-sheet item "X vs Y" read as a question: what is the difference between them."""

    first: str
    second: str
    rest: str
    """The text after the pair on the same line ("X vs Y: <rest>"): the answer's start."""

    @property
    def prompt(self) -> str:
        return f"What is the difference between {self.first} and {self.second}?"

    @property
    def note(self) -> str:
        """What `--dry-run` says of the line."""
        tail = "; the rest of the line is its answer" if self.rest else ""
        return f"{self.prompt}  (from “{self.first} vs {self.second}”{tail})"


def versus(text: str, *, rest_allowed: bool = True) -> Versus | None:
    """ "X vs Y" (or "X vs. Y", "X versus Y") at the start of a line of Markdown, the pair
    perhaps in bold and followed by "?", ":" or a dash and text: the pair and that text; None
    for any other line (a sentence that says "vs" has longer sides)."""
    bold = BOLD_LEAD_RE.match(text)
    if bold and _VERSUS_RE.search(bold.group(2)):
        pair, after = clean_inline(bold.group(2)), clean_inline(bold.group(3))
        pair = pair.rstrip(" ?:")
        rest = _STOP_AFTER_BOLD_RE.sub("", after).lstrip(" ?:-\u2013\u2014")
    else:
        pair, rest = clean_inline(text), ""
    found = _VERSUS_RE.search(pair)
    if found is None:
        return None
    first, second = pair[: found.start()].strip(), pair[found.end() :].strip()
    end = _VERSUS_END_RE.search(second)
    if end is not None:
        second, rest = second[: end.start()].strip(), (second[end.end() :].strip() + " " + rest)
    first, second, rest = first.strip(" *_-"), second.strip(" *_-"), rest.strip()
    first, second = first.rstrip(_SENTENCE_END), second.rstrip(_SENTENCE_END)
    sides = (first, second)
    opening = first.split()
    if (
        not all(sides)
        or (len(opening) > 1 and opening[0].lower() in _ASKING and "?" in text and not rest)
        or any(len(side.split()) > VERSUS_MAX_WORDS for side in sides)
        or any(_VERSUS_RE.search(f" {side} ") or ". " in side for side in sides)
        or (rest and not rest_allowed)
    ):
        return None
    return Versus(first, second, rest)


def versus_after_answer(item: str, answer: list[str], prompt: str) -> Versus | None:
    """A list item "X vs Y: answer" read after a paragraph of an open question's answer (and a
    blank line): the next entry of a cheat sheet, unless the answer so far ends in a list or
    in a line that introduces one (':'), or the question names both X and Y; None then, and
    for any other item: it belongs to the answer."""
    if not answer or answer[-1].endswith(":") or _LIST_ITEM_RE.match(answer[-1]):
        return None
    pair = versus(item)
    if pair is None or not pair.rest:
        return None
    asked = prompt.lower()
    if pair.first.lower() in asked and pair.second.lower() in asked:
        return None
    return pair
