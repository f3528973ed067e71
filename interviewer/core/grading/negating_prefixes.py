"""A word and the same word with a negating prefix are opposites, never a typo of each other.

"inconsistent" is "consistent" with "in" before it: two letters, within the edits a typo of a
twelve-letter word may have, so the typo corrector (typos.near_pairs, read both when an
answer's words are corrected to the question's and when a rubric word is looked up fuzzily)
read the answer's "consistent" as the rubric's "inconsistent": "Video models keep frames
consistent." was credited *independent frames flicker* on genai-207 (the alias 'inconsistent
frames'), an answer that says the opposite (lead68's play). The rule
(`negated_form`): the answer's word is never read as the rubric's or question's word when that
word is the answer's with one of NEGATING_PREFIXES before it, the answer's word of four
letters or more: "stable" is not "unstable", "relevant" not "irrelevant", "deterministic" not
"nondeterministic", "connected" not "disconnected", "possible" not "impossible".
Left alone: the other way round, an answer's "unreachable" read as the key's "reachable" (the
answer speaks of the key's term; a reference key's "not reachable" is met by it:
tests/grading/test_ref_keys44.py g02), words that differ otherwise ("inconsistent" /
"consistently": an ending, no prefix), and a prefix before a short rest ("unit" / "it", "disk" /
"k": the rest under four letters is no word the prefix negates).
"""

from __future__ import annotations

NEGATING_PREFIXES = ("non-", "non", "dis", "in", "im", "il", "ir", "un")
"""Prefixes that turn a word into its opposite (the longest first)."""


def negated_form(answer_word: str, other: str) -> bool:
    """Whether `other` is the answer's word with a negating prefix before it (module
    docstring)."""
    word, other = answer_word.lower(), other.lower()
    if len(word) < 4 or len(other) <= len(word) or not other.endswith(word):
        return False
    return other[: len(other) - len(word)] in NEGATING_PREFIXES
