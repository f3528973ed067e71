"""Counts: a whole number said of a thing ("7 layers", "seven layers", "one thread"), read so
that an answer's count of what the answer key counts can be checked against the key's.

A count is a number in digits or words (one to twenty, the tens, "thirty-two", a hundred) right
before the thing counted: the next one or two words that are not function words ("7 layers",
"two hydrogen atoms"). A number inside a name ("IPv4", "GPT-4", "H2O", "O(n)"), a decimal, a
figure with a unit of its own ("15%"), a number after a name that it labels ("stage 3 attends"),
or a number said loosely ("about 5", "more than 3", "up to
7", "5 to 7", "5 or 6") is no count: only an exact count can be wrong."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..respelling import Change
from ..text import STOP_WORDS, spelt_number, stem

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?![\w,])|[A-Za-z0-9][A-Za-z0-9_'’.()/-]*[A-Za-z0-9)]|[A-Za-z0-9]|[^\sA-Za-z0-9]"
)
_DIGITS = re.compile(r"\d{1,6}$")
_LOOSE = frozenset(
    "about around roughly approximately nearly almost over under least most than up some "
    "several few many dozens hundreds thousands ~ < > per".split()
)
"""Words before a number that say it loosely ("at least 3", "up to 7"), or make it a rate."""
_ALTERNATIVES = frozenset(("to", "or", "-", "–", "and", "x", "×", "*", "/", "+"))
"""Words after a number that make it a range, one of two, or a factor ("5 to 7", "2 x 3")."""
_NOT_THINGS = frozenset(
    "thousand thousands million millions billion billions trillion k m b bn "
    "percent times kb mb gb tb ms ns s sec seconds second minute minutes hour hours day days "
    "year years st nd rd th".split()
)
"""Units and ordinals: a figure with a unit is figures.py's, not a count of things."""


@dataclass(frozen=True)
class Count:
    """`value` things: `head` (the stem of the word counted) of the kind `modifier` (the stem of
    a word before it, "" if none: "hydrogen" of "two hydrogen atoms"), and the words it was
    written with."""

    value: int
    head: str
    modifier: str
    text: str
    start: int = 0
    """Where the number starts in the text, and where the words counted end."""
    end: int = 0
    number: str = ""
    """The number as written ("7", "seven")."""

    def of_same(self, other: Count) -> bool:
        """Whether the two count the same thing: the same word, of no other kind ("seven
        layers" and "7 OSI layers"; not "two hydrogen atoms" and "one oxygen atom")."""
        return self.head == other.head and (
            not self.modifier or not other.modifier or self.modifier == other.modifier
        )


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _value(word: str) -> int | None:
    if _DIGITS.match(word.replace(",", "")):
        return int(word.replace(",", ""))
    return spelt_number(word)


def counts(text: str) -> list[Count]:
    """The exact counts the text states, in order."""
    tokens = _tokens(text)
    found: list[Count] = []
    for i, (word, start, _) in enumerate(tokens):
        value = _value(word)
        if value is None or _loose(tokens, i):
            continue
        things: list[str] = []
        end = start
        for later, _, stop in tokens[i + 1 : i + 3]:
            lower = later.lower()
            if not later.isalpha() or lower in STOP_WORDS or lower in _NOT_THINGS:
                break
            things.append(stem(lower))
            end = stop
            if _plural(lower):
                break  # "7 layers deep": the plural is the thing counted
        if things:
            found.append(
                Count(value, things[-1], "".join(things[:-1]), text[start:end], start, end, word)
            )
    return found


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _loose(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the number at token i is said loosely, as a range or alternative, or as a
    factor."""
    before = {t[0].lower() for t in tokens[max(0, i - 2) : i]}
    previous = tokens[i - 1][0] if i else "."
    if previous.isalnum() and previous.lower() not in STOP_WORDS and not previous.isdigit():
        return True  # "stage 3 attends", "ZeRO 1 shards": a number that names, not counts
    after = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
    ranged = (
        i > 1 and tokens[i - 1][0].lower() in _ALTERNATIVES and _value(tokens[i - 2][0]) is not None
    )
    return bool(before & _LOOSE) or after in _ALTERNATIVES or ranged


@dataclass(frozen=True)
class CountReading:
    """An answer's counts against the key's: those that agree with it, and those of a thing
    the key counts that say another number (with the key's count they disagree with)."""

    right: tuple[Count, ...]
    wrong: tuple[tuple[Count, Count], ...]


def read_counts(key: Sequence[Count], answer: str) -> CountReading:
    """The answer's counts of the things the key counts. A count is wrong only when no count of
    the answer of that thing agrees with the key ("one thread enters while two threads wait" is
    right on the one thread), and only of a thing the key counts once, or always alike: "three
    atoms" is not judged against "two hydrogen atoms" and "one oxygen atom"."""
    said = [c for c in counts(answer) if any(c.of_same(k) for k in key)]
    right = tuple(c for c in said if any(c.of_same(k) and c.value == k.value for k in key))
    wrong = tuple(
        (c, same[0])
        for c in said
        if c not in right and not any(r.of_same(c) for r in right)
        for same in [[k for k in key if c.of_same(k)]]
        if len({(k.value, k.modifier) for k in same}) == 1
    )
    return CountReading(right, wrong)


def key_spellings(key: Sequence[Count], answer: str) -> list[Change]:
    """The answer's counts that agree with one of the key's, each number as the key writes it
    ("seven layers" read as "7 layers" where the key says "7 layers"), so that the answer's
    words match the key's: (start, end) of the answer's number and the key's, in order
    (respelling.py)."""
    changes: list[Change] = []
    for said in counts(answer) if key else ():
        same = next((k for k in key if said.of_same(k) and k.value == said.value), None)
        if same is None or same.number.lower() == said.number.lower():
            continue
        changes.append((said.start, said.start + len(said.number), same.number))
    return changes
