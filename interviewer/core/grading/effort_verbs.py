"""Denials that stand on a verb of effort or of failure: "does not try to exploit the reward
model", "never tries to exploit it", "makes no attempt to exploit it" deny "exploit" as "does
not exploit it" does, and "fails to save compute" denies "save compute" (veto58, lead 1 of
stop 47: each credited reward hacking on genai-100/101/097).

A verb or noun of effort ("try", "attempt") followed by "to" stands between a negation and
the verb it denies as a light verb does ("does not NEED labels"); after either, the verb of
the "to" is passed over as the verb right after "not" is (denial_words.negated_verb), so its
object is denied too: "does not learn to match the teacher's outputs" as "does not match the
teacher's outputs". A form of "fail" followed by "to" is itself a negation whose reach is the
rest of its clause, as "not" is."""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import DETERMINERS

EFFORT_WORDS = frozenset(
    "try tries tried trying attempt attempts attempted attempting bother bothers "
    "bothered manage manages managed".split()
)
"""Words of effort that a negation before them passes through when "to" follows them."""
FAILING = frozenset("fail fails failed failing".split())
"""Forms of "fail": followed by "to", a negation of the verb after it."""


def effort_before_to(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a word of effort right before "to" ("tries to")."""
    return words[i] in EFFORT_WORDS and i + 1 < len(words) and words[i + 1] == "to"


def fails_to(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a form of "fail" right before "to" ("fails to match
    synonyms"): a negation of what follows it in its clause."""
    return words[i] in FAILING and i + 1 < len(words) and words[i + 1] == "to"


def infinitive_verb(words: Sequence[str], verb: int, at: int, first: int) -> bool:
    """Whether the word at `at` is the verb of the "to" right after the verb (or word of
    effort) at `verb` that a negation stands on, with only determiners between it and the
    words at `first`, its object: "does not learn to MATCH the teacher's outputs", "makes
    no attempt to KEEP the weights frozen" deny the object as "does not match the teacher's
    outputs" does (denial_words.negated_verb)."""
    return (
        verb + 2 == at
        and words[verb + 1] == "to"
        and all(words[i] in DETERMINERS for i in range(at + 1, first))
    )
