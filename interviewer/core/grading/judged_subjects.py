"""What a statement judged false is about, and what it says of it: "People often claim that the
added noise costs model accuracy, but that is false" rejects the accuracy cost, not the noise.

judged_false.py denies every concept said plainly in a statement the answer judges false
(veto59); a concept named only as the statement's subject was denied with its predicate
(veto59's wp59v-018 denied DP-SGD from "the added noise"), so a correct answer that rejects a
wrong claim about a true point ("Some say the discriminator is kept after training to generate
the images, but that is not true") lost that point. A subject is spared when:

- the concept's words open the statement: after the reporting words ("people say that", "a
  common claim is that", "it is a myth that") only determiners stand before them;
- a verb or a copula follows them right away ("the added noise COSTS", "the masked tokens ARE
  predicted"): they are the whole subject, not the start of a longer phrase;
- and the predicate says something of its own, a content word that is no mere judgment of the
  subject (EVALUATIVE): "reward hacking is a real problem, but that is a myth" and "reward
  hacking happens, but that is not true" still deny reward hacking, the statement's only
  content."""

from __future__ import annotations

from collections.abc import Sequence

from .text import STOP_WORDS
from .text.function_words import DETERMINERS

REPORTING = frozenset(
    "say says said claim claims claimed believe believes believed think thinks thought assume "
    "assumes assumed argue argues argued warn warns warned suggest suggests suggested insist "
    "insists insisted that".split()
)
"""Words after which a reported statement starts ("people say X", "a common claim is that X")."""
EVALUATIVE = frozenset(
    "problem problems issue issues risk risks concern concerns real serious common rare "
    "important necessary needed required useful possible likely happen happens happened occur "
    "occurs occurred exist exists existed matter matters practice reality big huge major "
    "thing things true false".split()
)
"""Words of a predicate that only judge its subject ("is a real problem", "happens"): a
statement whose predicate holds nothing else is about its subject, and denies it."""
_PREPOSITIONS = frozenset("of in on for with from to by at into".split())


def statement_start(words: Sequence[str], start: int, first: int) -> int:
    """Where the reported statement holding `first` starts in its segment from `start`: after
    the last reporting word before it ("People often claim that | the added noise ..."), else
    at `start`."""
    for i in range(first - 1, start - 1, -1):
        if words[i] in REPORTING:
            return i + 1
    return start


def subject_only(words: Sequence[str], opening: int, first: int, last: int, end: int) -> bool:
    """Whether the words first..last are the whole subject of the statement from `opening` to
    `end`, and its predicate says something of its own (the module's rules)."""
    if any(words[i] not in DETERMINERS for i in range(opening, first)):
        return False
    verb = last + 1
    if verb > end or words[verb] in STOP_WORDS and words[verb] not in _VERB_WORDS:
        return False  # "the noise of ..." goes on; "the noise is" / "the noise costs" ends
    if words[verb] in _PREPOSITIONS:
        return False
    return any(
        words[i] not in STOP_WORDS and words[i] not in EVALUATIVE for i in range(verb + 1, end + 1)
    )


_VERB_WORDS = frozenset(
    "is are was were be been can could will would should must may might does do did has have "
    "gets get".split()
)
"""Copulas and auxiliaries that may follow a subject (some are stop words)."""
