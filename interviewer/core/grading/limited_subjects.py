"""A concept that limits what someone can do, agreed with by that one's inability (neg64).

Some concepts are a limit set on an actor: differential privacy "provably limits what any
attacker can learn about an individual" ('bounds attacks on individuals', genai-213). An answer
that says the actor cannot do it says the limit, not its denial: "An attacker is unable to tell
whether any one record was in the training data" is the definition of the guarantee, though its
alias ("whether one record was in the training data") stands in the reach of "unable to".

The rule: a match that a negation denies is agreed with, not denied, when

- the negation is an inability: "unable" (unable_to.py), "cannot", "can't", "couldn't", or
  "not" after "can" or "could" or before "able";
- the concept's name or description holds a limiting word (LIMITING: "limits", "bounds",
  "prevents", "stops", "blocks", "restricts" ...) whose first content word within LIMIT_REACH
  words after it names the one limited ("limits what any ATTACKER can learn", "bounds ATTACKS
  on individuals"); and
- in the negation's clause, before the negation, a word names that one: its stem and the
  limited word's stem are equal or one begins the other, both of at least MIN_STEM letters
  ("an ATTACKER is unable to tell").

What stays denied: an inability of another actor than the limited one ("the model is unable to
tell whether a record was in the data" names no attacker; "DP-SGD is unable to protect a user
with many examples" names the method, not the attacker), a negation that is no inability ("an
attacker does not learn ..." is read as before: "not" alone is no inability), and a concept with
no limiting word (the attackers of prompt injection override instructions: a concept that says
what attackers do, not a limit on them, is denied by "attackers are unable to override ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .matching import Answer
from .text import STOP_WORDS, cached_stem
from .unable_to import UNABLE

LIMITING = frozenset(
    "limit limits limiting bound bounds bounding restrict restricts prevent prevents stop stops "
    "block blocks".split()
)
"""Verbs that set a limit on what follows them ("limits what any attacker can learn")."""

INABILITIES = frozenset("cannot can't can’t couldn't couldn’t".split()) | UNABLE
"""Negation words that say an inability by themselves."""

CAN = frozenset(("can", "could"))
LIMIT_REACH = 4
"""At most this many words after a limiting word to its first content word."""
MIN_STEM = 5
"""The fewest letters of the two stems compared ("attack", "attacker")."""


@lru_cache(maxsize=1 << 12)  # a concept's text: asked again for every answer
def limited_stems(name: str, description: str) -> frozenset[str]:
    """The stems of the ones a concept's name or description sets a limit on: the first
    content word within LIMIT_REACH words after each limiting word."""
    stems: set[str] = set()
    for text in (name, description):
        words = [w.strip(".,;:!?()'\"").lower() for w in text.split()]
        for i, w in enumerate(words):
            if w not in LIMITING:
                continue
            for v in words[i + 1 : i + 1 + LIMIT_REACH]:
                if v and v not in STOP_WORDS:
                    stem = cached_stem(v)
                    if len(stem) >= MIN_STEM:
                        stems.add(stem)
                    break
    return frozenset(stems)


def says_inability(words: Sequence[str], n: int) -> bool:
    """Whether the negation at `n` says an inability ("unable", "cannot", "could not", "not
    able")."""
    w = words[n]
    if w in INABILITIES:
        return True
    return w == "not" and (
        (n > 0 and words[n - 1] in CAN) or (n + 1 < len(words) and words[n + 1] == "able")
    )


def _names(stem: str, limited: frozenset[str]) -> bool:
    """Whether `stem` names one of the `limited`: equal, or one begins the other."""
    return len(stem) >= MIN_STEM and any(stem.startswith(s) or s.startswith(stem) for s in limited)


def limited_one_unable(
    name: str, description: str, answer: Answer, positions: Sequence[int]
) -> bool:
    """Whether the denied match at `positions` is the inability of the one the concept limits,
    said before the negation in its clause (module docstring): an agreement, not a denial."""
    structure = answer.structure
    first = positions[0]
    n = structure.reach[first]
    if n < 0 or n > first:
        return False
    words = answer.text.words
    if not says_inability(words, n):
        return False
    limited = limited_stems(name, description or "")
    if not limited:
        return False
    clause = structure.clauses[n]
    said = answer.text.stems
    i = n - 1
    while i >= 0 and structure.clauses[i] == clause:
        if words[i] not in STOP_WORDS and _names(said[i], limited):
            return True
        i -= 1
    return False
