"""Keyboard mashing: letters that spell no English word ("asdf qwer zxcv"), told apart from
real words, technical terms, code identifiers and acronyms by how English is spelled.

A word is read as its letter trigrams, padded at both ends ("^as", "asd", "sdf", "df$"); a
word at least half of whose trigrams English does not spell (letter_trigrams.txt, built from
an English word list and the bundled banks by benchmarks/letter_trigrams.py) is mashed, and so
is a word typed along one row of the keyboard ("qwerty"). A word written with a capital after
its first letter ("RLHF", "getUserId"), with a digit ("x86"), joined to another by "_" or "."
("kv_cache", "np.array"), or one the bank itself uses is never mashed: those are names, not
words.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .text import STOP_WORDS, Text

MASHED_MIN_LETTERS = 3
"""Shorter words are too short to tell ("qw", "xz" may be a unit or a name)."""
MASHED_UNSEEN_SHARE = 0.5
"""A word is mashed when at least this share of its padded trigrams English never spells.
"""
_CODE_JOINS = frozenset("_.")


@cache
def english_trigrams() -> frozenset[str]:
    """The padded letter trigrams of letter_trigrams.txt (read once, on first use)."""
    text = resources.files(__package__).joinpath("letter_trigrams.txt").read_text("utf-8")
    return frozenset(
        t for line in text.splitlines() if not line.startswith("#") for t in line.split()
    )


def trigrams(word: str) -> list[str]:
    """The word's letter trigrams, padded with "^" before and "$" after: "asdf" -> ^as, asd,
    sdf, df$."""
    padded = f"^{word}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEXT_KEYS = frozenset(
    pair for row in _ROWS for a, b in zip(row, row[1:], strict=False) for pair in (a + b, b + a)
)
KEY_RUN_LETTERS = 4
"""A word this long or longer typed along one keyboard row, key after neighbouring key
("qwerty", "poiuy", "hjkl"), is mashed whatever its trigrams: English spells some of them
("wer", "ert")."""


def key_run(word: str) -> bool:
    """Whether every letter of the word is the key next to the one before it on one row."""
    return len(word) >= KEY_RUN_LETTERS and all(
        word[i : i + 2] in _NEXT_KEYS for i in range(len(word) - 1)
    )


def mashed_spelling(word: str) -> bool:
    """Whether a lower-case word of ASCII letters is spelled as no English word is (see
    MASHED_UNSEEN_SHARE) or typed along a keyboard row (`key_run`)."""
    if len(word) < MASHED_MIN_LETTERS or not (word.isascii() and word.isalpha()):
        return False
    if key_run(word):
        return True
    known = english_trigrams()
    found = trigrams(word)
    unseen = sum(1 for t in found if t not in known)
    return unseen >= MASHED_UNSEEN_SHARE * len(found)


def mashed_words(
    text: Text, first: int, last: int, bank_words: frozenset[str] = frozenset()
) -> int:
    """How many content words from `first` to `last` are mashed: spelled as no English word,
    and none of a name's marks (a capital after the first letter, a digit, a "_" or "." joining
    it to another word) nor a word the bank uses (`bank_words`: stems)."""
    count = 0
    raw = text.raw
    for i in range(first, last + 1):
        word = text.words[i]
        if word in STOP_WORDS or text.stems[i] in bank_words:
            continue
        start, end = text.spans[i]
        spelled = raw[start:end]
        if not spelled[1:].islower():
            continue  # an acronym or an identifier: "RLHF", "getUserId"
        if (
            (start and raw[start - 1] in _CODE_JOINS)
            or raw[end : end + 1] in _CODE_JOINS
            and (raw[end + 1 : end + 2].isalnum())
        ):
            continue  # part of an identifier: "kv_cache", "np.array"
        if mashed_spelling(word):
            count += 1
    return count
