""" "Y instead of X" with X a noun phrase after the clause's verb: the clause's subject does
without X ("RLHF trains on preference pairs directly instead of a reward model" says RLHF
needs no reward model), so a concept said in the negative ("no reward model") is said of
that subject (attribution.py; concepts/ credits it). What follows "instead of" is still set
aside as a statement of its own (clauses.Structure.dismissed): neither credited as said nor
held against the candidate."""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import NEGATIONS, next_word
from .verbs import is_verb

SETTING_ASIDE = frozenset((("instead", "of"), ("rather", "than")))
"""The two-word phrases after which a clause names what its subject does without (here) or,
after a removal verb, what it keeps (`clauses.Structure`). `passed_over.PASSING_OVER` also
reads "as opposed to"."""
_BREAKS = frozenset(("and", "or", "but", "which", "that", "who"))
"""Words that end a noun phrase: a list or a relative clause."""


def done_without(
    words: list[str], stems: Sequence[str], clauses: Sequence[int], first: int
) -> bool:
    """Whether the word at `first` is in the noun phrase right after "instead of" or "rather
    than" following its clause's verb ("trains on preference pairs directly instead of a
    reward model"). Only a noun phrase (no verb, none in -ing: "instead of training a reward
    model" names an act set aside, "rather than DPO skips ..." a subject then its verb), and
    only after the clause's own words ("Instead of a reward model, ..." opens a clause of its
    own, whose subject is another's)."""
    i = first - 1
    while i >= 1 and clauses[i] == clauses[first]:
        if (words[i - 1], words[i]) in SETTING_ASIDE:
            break
        i -= 1
    else:
        return False
    opening = i - 1
    if opening == 0 or clauses[opening - 1] != clauses[first]:
        return False  # the phrase opens its clause
    return all(
        not words[j].endswith("ing")
        and words[j] not in NEGATIONS
        and words[j] not in _BREAKS
        and not is_verb(words[j], stems[j], words[j - 1], next_word(words, j))
        for j in range(i + 1, first + 1)
    )
