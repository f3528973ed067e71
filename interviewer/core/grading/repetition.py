"""Answers that are one phrase said again and again: said many times, a phrase carries what it
carries said once, and the answer is graded as said once."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+(?:['’]\w+)*")
REPEATED_MIN_WORDS = 3
"""Only when the sayings after the first hold at least this many words ("no, no" is one
word said twice, not a repeated answer)."""


def first_saying(answer: str) -> int | None:
    """Where the first saying ends, when the whole answer is one phrase said again and again
    (the last saying may be cut short, as a pasted answer cut at the grader's limit is): the
    phrase is the answer's shortest period of words, compared without case or punctuation,
    said at least twice. None for any other answer."""
    if answer.isascii():  # lower() keeps every ASCII letter a word letter, in its place
        words = _WORD.findall(answer.lower())
    else:
        words = [m.group(0).lower() for m in _WORD.finditer(answer)]
    n = len(words)
    # a saying after the first holds at least REPEATED_MIN_WORDS words, so the first ones come
    # again further on: most answers never say them again and need no more look (the same
    # None as the full reading; the words hold no space, so a match of the padded string is
    # the same words in a row)
    opening = " ".join(words[:REPEATED_MIN_WORDS])
    if n <= REPEATED_MIN_WORDS or f" {' '.join(words)} ".find(f" {opening} ", 1) < 0:
        return None
    # the prefix function: the longest border of each prefix, from which the shortest period
    border = [0] * n
    for i in range(1, n):
        k = border[i - 1]
        while k and words[i] != words[k]:
            k = border[k - 1]
        if words[i] == words[k]:
            k += 1
        border[i] = k
    for said in (n, n - 1):  # the last word may be cut short
        period = said - border[said - 1] if said else 0
        if (
            period
            and 2 * period <= said
            and said - period >= REPEATED_MIN_WORDS
            and words[n - 1 - period].startswith(words[-1])
        ):
            return _word_ends(answer, period)
    return None


def _word_ends(answer: str, count: int) -> int:
    """Where the answer's `count`-th word ends."""
    for k, found in enumerate(_WORD.finditer(answer), 1):
        if k == count:
            return found.end()
    raise ValueError(f"{count} words asked of an answer with fewer")
