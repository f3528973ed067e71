"""The verb a negation stands on: after an auxiliary's "not" ("does not write"), a participle
after a form of "be" or "have" ("is not written"), and the copula's own denials ("is not
needed", "is unnecessary")."""

from __future__ import annotations

from collections.abc import Sequence

BE_FORMS = frozenset("is are was were be been being".split())
NEEDED_WORDS = frozenset("needed required necessary used involved essential".split())
"""After "is not", the words that deny what comes before ("a reward model is not needed")."""
UNNEEDED_WORDS = frozenset(
    "unnecessary unneeded needless pointless superfluous skipped omitted".split()
)
"""After "is", the words that deny what comes before on their own ("deduplication is usually
skipped", "summaries are unnecessary"). Not "removed" or "dropped": "the noise is removed step
by step" is what a diffusion model does to the noise, not a denial of it."""
MODALS = frozenset("can may could should might".split())
HEDGES = frozenset("often usually generally simply just also then now thus still mostly".split())
"""Words that may stand between the copula and what denies the subject ("is usually skipped")."""


VERB_AUXILIARIES = frozenset("do does did can could will would should must shall ca wo".split())
"""Before "not" (or contracted with it: "doesn't", "can't", "won't"), words after which the
next word is the verb the negation stands on: "does not write autoregressive text"."""
PARTICIPLE_AUXILIARIES = BE_FORMS | frozenset("has have had".split())
"""Before "not", words after which a participle is the verb negated: "is not written ..."."""
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ing")


DETERMINERS = frozenset("a an the any its their this these those some".split())
"""Words that may stand between a negated verb and its object ("does not write THE text")."""


def negated_verb(words: Sequence[str], n: int, at: int, first: int) -> bool:
    """Whether the word at `at` is the verb the negation at `n` stands on and the words at
    `first` its object, so that they are denied as after a light verb: right after an
    auxiliary's "not" ("does not write autoregressive text", "cannot see the future tokens",
    "won't use"), any word; after a form of "be" or "have", a participle ("is not written one
    word at a time", "has not seen"). Only determiners stand between the verb and its object:
    after a preposition ("does not drift into reward hacking") what is named is where the verb
    does not go, not a thing denied."""
    if at != n + 1 or any(words[i] not in DETERMINERS for i in range(at + 1, first)):
        return False
    auxiliary = negation_auxiliary(words, n)
    if auxiliary in VERB_AUXILIARIES:
        return True
    return auxiliary in PARTICIPLE_AUXILIARIES and words[at].endswith(PARTICIPLE_ENDINGS)


def negation_auxiliary(words: Sequence[str], n: int) -> str:
    """The auxiliary the negation at `n` stands with: "does" of "does not" and of "doesn't",
    "can" of "cannot"; "" for none ("no", "never", "without")."""
    negation = words[n]
    if negation == "cannot":
        return "can"
    if negation == "not" and n > 0:
        return words[n - 1]
    if negation.endswith(("n't", "n’t")):
        return negation[:-3]
    return ""
