"""English words are no typos of other words: which correctly spelled word the typo corrector
(typos.correct_typos) may still read as a question word.

The rule: an answer word that is English (english_words.is_english, or such a word with '-ly':
"adversarially") is read as the question word closest to it only when the two are forms of one
word, told apart by their endings (other_form_of): "retrievers" is read as the question's
"retriever", "generating" as "generative", "adversarially" as "adversarial". It is left as
written when the question word is another word one or two letters away: "across" is never
"cross", "context" never "content", "mostly" never "costly", "consistent" never
"inconsistent". One more is kept as before the rule: a word behind a negative prefix is read as
the word it negates ("unreachable" as "reachable", negated_form_of: the answer speaks of the
question's term, and a key's "not reachable" is met by it). Words that are not English are left
to the corrector ("retreival" is "retrieval").
"""

from __future__ import annotations

from .english_words import is_english


def english(word: str) -> bool:
    """Whether the (lower-case) word is spelled right: a word of the English list, or such a
    word with '-ly' (the list holds "adversarial" but not "adversarially")."""
    return is_english(word) or (word.endswith("ly") and len(word) > 5 and is_english(word[:-2]))


ENDINGS = frozenset(
    "s es ed d ing er ers r or ors ly y ies ied al ally ion ions ation ive ity ence ency ent "
    "ance ancy ant ness ment e able ible ure ize ise".split()
)
"""Endings an English word takes on one stem ("retriev|er", "generat|ive", "differ|ence")."""


def _ending(tail: str) -> bool:
    """Whether `tail` is nothing, one ending or two ("ent" + "ly": "consist|ently")."""
    if tail == "" or tail in ENDINGS:
        return True
    return any(tail[:k] in ENDINGS and tail[k:] in ENDINGS for k in range(1, len(tail)))


def other_form_of(word: str, other: str) -> bool:
    """Whether two words are forms of one word: a shared beginning of five letters or more
    followed in each by nothing, one ending or two (ENDINGS): "retriev|ers" and "retriev|er",
    "adversarial|ly" and "adversarial", "generat|ing" and "generat|ive", "differ|ence" and
    "differ|ent", "consist|ently" and "consist|ency". Not two words a letter apart at the front,
    in the middle or in a letter no ending has: "across" and "cross", "context" and "content",
    "mostly" and "costly", "inconsistent" and "consistent", "though" and "thought", "stores"
    and "story", "person" and "persona"."""
    shared = 0
    for a, b in zip(word, other, strict=False):
        if a != b:
            break
        shared += 1
    return any(_ending(word[k:]) and _ending(other[k:]) for k in range(shared, 4, -1))


NEGATIVE_PREFIXES = ("non", "dis", "un", "in", "im", "ir", "il")
"""Prefixes that make a word the negation of another ("un|reachable", "in|consistent")."""


def negated_form_of(word: str, other: str) -> bool:
    """Whether `word` is `other` (or another form of it) behind a negative prefix:
    "unreachable" of "reachable", "inconsistent" of "consistent", "nondeterministic" of
    "deterministic". Not "across" of "cross" (no negative prefix), nor "disk" of "k"."""
    return any(
        word.startswith(p)
        and len(word) - len(p) >= 5
        and (word[len(p) :] == other or other_form_of(word[len(p) :], other))
        for p in NEGATIVE_PREFIXES
    )


def may_read_as(word: str, question_word: str) -> bool:
    """Whether the typo corrector may read the answer's `word` as `question_word`: always when
    `word` is no English word, and when it is, only as another form of it (other_form_of) or as
    it behind a negative prefix (negated_form_of: kept as before this rule, the answer speaks of
    the question's term; a key's "not reachable" is met by "unreachable" read as "reachable")."""
    return (
        not english(word)
        or other_form_of(word, question_word)
        or negated_form_of(word, question_word)
    )
