"""What follows a statement in its clause and denies it: "a reward model is not needed",
"deduplication is usually skipped", "summaries are unnecessary", and (wrong35) a thing said
to be no problem or never to happen: "contamination isn't an issue", "reward hacking cannot
happen", "load imbalance doesn't matter", "mode collapse never occurs"; and (deny47) a thing
said not to be part of something: "latency and cost are not part of monitoring".

The second kind came from fluent wrong answers that name the right concept only to wave it
away ("Because its test set is private, contamination isn't an issue" was credited with the
contamination concept): said of a concept, "is not a problem" is no more a mention of it than
"is not needed" is."""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import (
    BE_FORMS,
    HEDGES,
    MODALS,
    NEEDED_WORDS,
    UNNEEDED_WORDS,
    has_negation,
    next_word,
)
from .text import stem
from .text.function_words import FINITE_BE_NOT, LIST_CONJUNCTIONS
from .unit_spans import unit_start
from .verbs import is_verb

TROUBLE_NOUNS = frozenset(
    "issue issues problem problems concern concerns risk risks worry worries threat threats "
    "challenge challenges difficulty difficulties hurdle hurdles obstacle obstacles".split()
)
"""After "is not (a)", the nouns that wave away what comes before: "contamination isn't an
issue", "drift is not a real concern", "alignment isn't really a challenge" (wrong39: the
nouns of a question that asks for the challenges or difficulties of something). Not
"bottleneck": "compute is not the bottleneck" is a plain, often right, claim about another
thing."""
TROUBLE_ADJECTIVES = frozenset(
    "real big major serious significant practical genuine actual huge".split()
)
"""Words that may qualify a trouble noun: "is not a real concern"."""
EVENTS = frozenset("happen happens occur occurs arise arises matter matters exist exists".split())
"""After a negation ("cannot", "does not", "never"), the verbs that deny that what comes
before is real: "reward hacking cannot happen", "the order doesn't matter"."""
_AUXILIARIES = frozenset("do does did will would can could".split())
_ARTICLES = frozenset(("a", "an", "any"))
_DEGREES = frozenset("often much always as so that very too every".split())


def denied_after(words: list[str], clauses: Sequence[int], last: int) -> bool:
    """Whether the words ending at `last` are denied by what follows them in their clause
    (module docstring), alone or as the first of a coordinated subject (_conjunct_end)."""
    last = _conjunct_end(words, clauses, last)
    i = last + 1

    def here(k: int) -> bool:
        return k < len(words) and clauses[k] == clauses[last]

    while here(i) and (
        words[i] in BE_FORMS or (words[i] in MODALS and next_word(words, i) == "be")
    ):
        i += 1
    while here(i) and (words[i] in HEDGES or (words[i].endswith("ly") and len(words[i]) > 4)):
        i += 1
    if not here(i):
        return False
    if words[i] in UNNEEDED_WORDS:
        return words[last + 1] in BE_FORMS or (
            words[last + 1] in MODALS and words[last + 2] == "be"
        )
    if words[i] in _AUXILIARIES and here(i + 1) and has_negation([words[i + 1]]):
        i += 1  # "reward hacking does not happen"
    if not has_negation([words[i]]):
        return False
    j = i + 1
    if words[i] == "no" and next_word(words, i) == "longer":
        j += 1  # "a critic is no longer needed"
    while j < len(words) and words[j] in ("really", "even", "actually", "strictly"):
        j += 1
    if not here(j):
        return False
    if words[j] in NEEDED_WORDS:
        return True
    if words[j] in EVENTS:
        # "does not happen often" denies a degree, not the thing
        return next_word(words, j) not in _DEGREES or not here(j + 1)
    # "is not a (real) issue", "isn't a big concern", "is no problem"
    if not _copula(words, last + 1):
        return False
    k = j + 1 if words[j] in _ARTICLES else j
    if here(k + 1) and words[k] == "part" and words[k + 1] == "of":
        return True  # "latency and cost are not part of monitoring" (deny47)
    while here(k) and words[k] in TROUBLE_ADJECTIVES:
        k += 1
    return here(k) and words[k] in TROUBLE_NOUNS


_PLURAL_COPULAS = frozenset("are were aren't weren't".split())
CONJUNCT_WORDS = 3
"""At most this many words make the second thing of a coordinated subject ("and the toxicity
filter")."""


def _conjunct_end(words: list[str], clauses: Sequence[int], last: int) -> int:
    """Where a coordinated subject that the words ending at `last` open ends, or `last`:
    "language identification and toxicity filtering are skipped" denies language
    identification with toxicity filtering (wrong44). Only a subject: no verb or copula
    stands before `last` in its clause ("deduplication removes copies and models are not
    needed" says nothing of copies); the second thing is a short run of plain words in the
    same clause, with no comma before "and", and a plural copula follows it ("X and Y is"
    is read as before)."""
    i = last + 1
    if i >= len(words) or words[i] not in LIST_CONJUNCTIONS or clauses[i] != clauses[last]:
        return last
    start = unit_start(clauses, last)
    for k in range(start, last + 1):
        following = words[k + 1] if k + 1 < len(words) else ""
        previous = words[k - 1] if k > start else ""
        if words[k] in BE_FORMS or is_verb(words[k], stem(words[k]), previous, following):
            return last
    for j in range(i + 1, min(i + 2 + CONJUNCT_WORDS, len(words))):
        if clauses[j] != clauses[last]:
            return last
        word = words[j].replace("’", "'")
        if word in _PLURAL_COPULAS or (word in MODALS and next_word(words, j) == "be"):
            return j - 1 if j > i + 1 else last
        if not word.isalpha() or word in BE_FORMS or word in LIST_CONJUNCTIONS:
            return last
    return last


def _copula(words: list[str], i: int) -> bool:
    """Whether a form of "be" stands at `i`, alone or with its "n't" ("isn't")."""
    word = words[i] if i < len(words) else ""
    return word in BE_FORMS or word.replace("’", "'") in FINITE_BE_NOT


def denied_before_a_break(
    words: list[str], clauses: Sequence[int], positions: Sequence[int]
) -> bool:
    """Whether a statement found across a clause break (its words in order at `positions`)
    is denied right after its part in an earlier clause, as `denied_after` reads it there:
    "Alignment isn't really a challenge because all modalities are converted into text"
    says nothing of "aligning modalities" but that it is no challenge; "reward hacking isn't
    really a concern, since the reward model ..." waves reward hacking away (wrong39)."""
    return any(
        clauses[p] != clauses[q] and denied_after(words, clauses, p)
        for p, q in zip(positions, positions[1:], strict=False)
    )
