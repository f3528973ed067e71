"""Who a statement is said of: the subjects of a question's contrast and where an answer names them.

A concept `about` one subject of a contrast (BERT vs GPT) is a swap when the answer plainly
says it of the other one. "Plainly" is the rule: a swap is claimed only when the subject can be
told from the words (the phrase names it, a "which" clause follows it, it opens the clause the
statement stands in, a colon or a "but" carries it over, a pronoun has one subject to stand
for), never on a guess, because telling a correct candidate they swapped two things costs more
trust than missing a swap.

One module per idea: contrast.py (the subjects a question contrasts and the ways of naming
each), mentions.py (where an answer names them, and which one a statement is plainly said
of), occurrences.py (where a naming phrase occurs), positions.py (where a name stands in its
clause: opening it, after a preposition, in a contrast clause), antecedents.py (the subject a
pronoun, a colon, a "but" or a "which" clause carries over), foils.py (the subject named only
to be set aside: "unlike PPO-based RLHF, it ..."),
amounts.py (a name measured by "more", "shorter": an amount, not the doer a pronoun stands
for), overlaps.py (two names over the same words: the one written out first wins),
parallel.py (a later "when" condition said of what the main clause names, past a reason
clause set between them), attribution.py (whether a statement is said of its concept's own
subject: a swap).
"""

from __future__ import annotations

from .attribution import attribution, swap_of
from .contrast import Subject, prepare_subjects, subject_index, swap_subjects
from .mentions import Mentions, object_of

__all__ = [
    "Mentions",
    "Subject",
    "attribution",
    "object_of",
    "prepare_subjects",
    "subject_index",
    "swap_of",
    "swap_subjects",
]
