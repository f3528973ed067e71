"""Reference mode's lists: an answer that lists terms where the answer key is a list of terms,
read item by item against the key's items.

"What does ACID stand for?" keyed "Atomicity, Consistency, Isolation, Durability." and answered
"It stands for Availability, Consistency, Integrity and Distribution." shared the key's shape and
one word, and passed at 78.7; the right list in adjective form ("Atomic, Consistent, Isolated,
Durable") was capped at 50 as a string of terms (play29 F5). Here:

- a *list* is a run of at least MIN_ITEMS pieces of a text between commas, semicolons, line
  breaks, "and" and "or", each of one to MAX_ITEM_WORDS content words (the first piece may open
  with a lead-in: "It stands for Availability" is the item "Availability");
- an item of the answer *is* an item of the key when one of its words and one of the item's
  share a beginning of at least SAME_PREFIX letters making most of the shorter word: "Atomic"
  is "Atomicity", "Isolated" is "Isolation", "Availability" is not "Atomicity";
- an answer whose list has about as many items as the key's (one more or fewer) is read as
  answering it: its items that are none of the key's are `wrong`, those that are one are
  `right`, and `complete` when every item of the key is named.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .text import STOP_WORDS, Text
from .text.function_words import ARTICLES

MIN_ITEMS = 3
"""Fewer pieces ("X and Y") are prose as often as a list."""
MAX_ITEM_WORDS = 3
"""An item is a term: "extra storage", "Atomicity"; a piece with more words is a clause."""
SAME_PREFIX = 5
"""Letters two forms of one word share at least ("durab" of "durable" and "durability")."""
PREFIX_SHARE = 0.6
"""...making at least this share of the shorter word."""

_SEPARATORS = re.compile(r"[,;\n•]+|\s(?:and|or)\s", re.IGNORECASE)
_ASIDES = re.compile(r"\([^)]*\)")
"""Words in brackets say what an item means ("Atomicity (all or nothing)"): no item."""


def _item(words: list[str], first: bool) -> tuple[str, ...] | None:
    """A piece's item: its words with no leading article, when they are one to
    MAX_ITEM_WORDS words and none a function word; the first piece of a list may open with a
    lead-in, and its item is then its last run of words after a function word."""
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    if first and any(w.lower() in STOP_WORDS for w in words):
        tail: list[str] = []
        for word in reversed(words):
            if word.lower() in STOP_WORDS:
                break
            tail.insert(0, word)
        words = tail
    if not 1 <= len(words) <= MAX_ITEM_WORDS or any(w.lower() in STOP_WORDS for w in words):
        return None
    return tuple(words)


def list_items(raw: str) -> list[tuple[str, ...]]:
    """The longest list of the text (see the module docstring), as each item's words as
    written; empty when it has none of MIN_ITEMS items."""
    best: list[tuple[str, ...]] = []
    run: list[tuple[str, ...]] = []
    for piece in _SEPARATORS.split(_ASIDES.sub(" ", raw)):
        text = Text.of(piece)
        words = [text.raw[a:b] for a, b in text.spans]
        if not words:
            continue  # "A, B, and C": the empty piece between ", " and "and"
        item = _item(words, first=not run)
        if item is None:
            best = max(best, run, key=len)
            run = []
            item = _item(words, first=True)
        if item is not None:
            run.append(item)
    best = max(best, run, key=len)
    return best if len(best) >= MIN_ITEMS else []


def key_items(raw: str) -> list[tuple[str, ...]]:
    """The items of an answer key that is a list and nothing else ("Red, green, blue."), else
    none: a key that says more than its list is not answered by a list."""
    items = list_items(raw)
    words = [w for w in Text.of(_ASIDES.sub(" ", raw)).words if w not in STOP_WORDS]
    return items if sum(len(i) for i in items) >= len(words) else []


def same_word(one: str, other: str) -> bool:
    """Whether two words are forms of one word (see SAME_PREFIX), in any case."""
    one, other = one.lower(), other.lower()
    if one == other:
        return True
    shared = len(os.path.commonprefix([one, other]))
    return shared >= SAME_PREFIX and shared >= PREFIX_SHARE * min(len(one), len(other))


def _same_item(item: tuple[str, ...], key_item: tuple[str, ...]) -> bool:
    return any(same_word(a, b) for a in item for b in key_item)


@dataclass(frozen=True)
class ListReading:
    """An answer's list read against the key's."""

    right: tuple[str, ...]
    """The answer's items that are items of the key."""
    wrong: tuple[str, ...]
    """Those that are none."""
    complete: bool
    """Every item of the key is named."""


def read_list(key: list[tuple[str, ...]], raw: str) -> ListReading | None:
    """The answer's list read against the key's items; None when the key is no list or the
    answer has no list of about as many items."""
    if not key:
        return None
    items = list_items(raw)
    if not items or abs(len(items) - len(key)) > 1:
        return None
    right = [i for i in items if any(_same_item(i, k) for k in key)]
    wrong = [i for i in items if i not in right]
    complete = all(any(_same_item(i, k) for i in items) for k in key)
    return ListReading(
        tuple(" ".join(i) for i in right), tuple(" ".join(i) for i in wrong), complete
    )
