"""A word and the same word with a negating prefix are opposites, never a typo of each other.

"inconsistent" is "consistent" with "in" before it: two letters, within the edits a typo of a
twelve-letter word may have, so the typo corrector (typos.near_pairs, read both when an
answer's words are corrected to the question's and when a rubric word is looked up fuzzily)
read the answer's "consistent" as the rubric's "inconsistent": "Video models keep frames
consistent." was credited *independent frames flicker* on genai-207 (the alias 'inconsistent
frames'), an answer that says the opposite (lead68's play). The rule
(`negated_form`): two words are one another's negated form when one is the other with one of
NEGATING_PREFIXES before it, the rest (the shorter word) of four letters or more: "unstable" /
"stable", "irrelevant" / "relevant", "nondeterministic" / "deterministic", "non-linear" /
"linear", "disconnected" / "connected", "impossible" / "possible".
Left alone: words that differ otherwise ("inconsistent" / "consistently": an ending, no
prefix), and a prefix before a short rest ("unit" / "it", "disk" / "k": the rest under four
letters is no word the prefix negates).
"""

from __future__ import annotations

NEGATING_PREFIXES = ("non-", "non", "dis", "in", "im", "il", "ir", "un")
"""Prefixes that turn a word into its opposite (the longest first)."""


def negated_form(word: str, other: str) -> bool:
    """Whether one of the two words is the other with a negating prefix (module docstring)."""
    short, long = sorted((word.lower(), other.lower()), key=len)
    if len(short) < 4 or not long.endswith(short):
        return False
    return long[: len(long) - len(short)] in NEGATING_PREFIXES
