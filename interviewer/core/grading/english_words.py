"""English words: a word of the language is no typo, so a correction never turns one into
another ("nose" stays "nose", never "noise"). english_words.txt holds SCOWL's size-50 American
and British words (built by benchmarks/english_words.py; its header holds SCOWL's licence)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def english_words() -> frozenset[str]:
    """The lower-case words of english_words.txt (read once, on first use)."""
    text = resources.files(__package__).joinpath("english_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_english(word: str) -> bool:
    """Whether the (lower-case) word is an English word of the list."""
    return word in english_words()
