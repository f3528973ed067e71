"""An answer of one content word against a key that takes several to state its point: a word
names at most one of the key's terms and states nothing of it."""

from __future__ import annotations

from .text import Text

ONE_WORD_KEY_WORDS = 4
"""Only against a key of at least this many content words besides the question's: where the
key itself is a word or two ("oxygen"), one word can be the whole answer."""


def one_word_answer(text: Text, key_words: int) -> bool:
    """Whether the answer says one content word (however often) and the key at least
    ONE_WORD_KEY_WORDS besides the question's: "energy" for a key that explains how plants
    use light had scored 50.3 (play42)."""
    return key_words >= ONE_WORD_KEY_WORDS and len(set(text.content_stems())) == 1
