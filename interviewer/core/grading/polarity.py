"""Reference mode's denials turned: what the answer key denies of a subject, said plainly of it.

The key "the GIL lets only one thread run at a time, so CPU-bound threads do not run in
parallel; ..." said as "CPU-bound threads run in parallel" shared every word with the key and
scored 90.5 (play28 B1): reversals.py reads direction words and sets negations aside, and
swaps.py needs two subjects. A side of the key (subject_sides.sides: a stretch led by its
subject, or by "it" / "they" said of the subject they refer to, with what a negation reaches
marked) that denies something is turned in an answer side led by the same subject that:

- says at least SHARED_SHARE of the key side's words, negated or not, and at least MIN_SHARED
  of them besides the subject;
- says every word the key side denies plainly;
- neither side said in a sentence with a condition ("if", "when", ...: SUPPOSING);
- and no side of the answer led by that subject says the key side's words with its polarity:
  said the key's way somewhere, the other is an aside.

A word of the answer side that is the opposite of a word the key side states (antonyms.py:
"forgets" for "remembers", "outer" for "inner") is read as that word turned: a side that then
says the key side is turned ("a closure forgets variables from the enclosing scope ..."), and
so is one that exchanges two of its words ("an outer function that captures names from its
inner function"); not a side in the passive ("captured by"), nor a pair said both ways.

The other way (the key states it, the answer denies it) is not read: it flagged 2 of the 804
correct validation answers (benchmarks/reversals.py: "flags claims that aren't consistent" for
the key's "inconsistent"; a problem described, "trained on teacher prefixes, the student never
learns to recover", where the key states the remedy), and a denied key term is already read
(reference_scoring: `denied`). Each is a `Contradiction` as reversals.py makes; reference_scoring
caps it as those.
"""

from __future__ import annotations

from dataclasses import replace

from .antonyms import opposite
from .clauses import Structure
from .denied_terms import OPPOSED
from .matching import Answer
from .opposed_sides import NOT
from .result import Contradiction
from .reversals import CONDITIONS
from .subject_sides import Side, sides
from .text import Text

SHARED_SHARE = 0.75
"""An answer side says a key side when it has at least this share of its words."""
MIN_SHARED = 2
"""...and at least this many of them: "threads run" is too little to recognise."""


def _plain(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.removeprefix(NOT) for w in words)


def _by_antonyms(key: Side, side: Side) -> Side | None:
    """The answer side with each word that is the opposite of a word the key side states
    (antonyms.py) read as that word ("forgets" as "remembers", "outer" as "inner" where the key
    says "inner"); None if it has none."""
    stated = _plain(key.said) | {key.subject}
    subject = opposite(side.subject, stated) or side.subject
    both = _plain(side.said)  # a pair said both ("remembers, and never forgets") is not read

    def read(word: str) -> str:
        plain = word.removeprefix(NOT)
        other = opposite(plain, stated)
        if other is None or other in both:
            return word
        return (NOT if word.startswith(NOT) else "") + other

    said = frozenset(read(w) for w in side.said)
    if subject == side.subject and said == side.said:
        return None
    return replace(side, subject=subject, said=said)


def _turned_by_antonyms(key: Side, side: Side, text: Text) -> bool:
    """Whether the side says the key side with a word of it turned to its opposite, or two of
    its words exchanged ("an outer function that captures names from its inner function" for
    "an inner function that captures names from its outer function"). A side in the passive
    ("names are captured by the inner function") says its roles the other way round, and is
    not read."""
    if PASSIVE & set(text.words[side.first : side.last + 1]):
        return False
    read = _by_antonyms(key, side)
    if read is None:
        return False
    return (
        _reading(key, read, ANTONYM_SHARE if _verb_turned(key, side, text) else SHARED_SHARE) == 1
    )


def _verb_turned(key: Side, side: Side, text: Text) -> bool:
    """Whether the word right after the side's own subject, what it says the subject does, is
    the opposite of a word the key side states and not one the key side states itself:
    "A closure forgets ..." for "a closure ... remembers ..."."""
    if side.name is None or side.name[1] + 1 > side.last:
        return False
    stated = _plain(key.said)
    word = text.stems[side.name[1] + 1]
    return word not in stated and opposite(word, stated) is not None


PASSIVE = frozenset(["by"])
"""A word that says the roles of a side the other way round ("captured by")."""


ANTONYM_SHARE = 0.5
"""A side whose verb (the word right after its subject) is an antonym of a word of the key
side's, read with it turned back, says the key side with at least this share of its
words (and MIN_SHARED): the antonym is a word of the key's said the other way, as a negation
is, and a paraphrase drops more of the key's other words ("A closure forgets the variables from
the enclosing scope once that scope has finished" holds 4 of the 6 words of "a closure is a
function that remembers variables from the enclosing scope where it was defined" and passed at
76.9: play29 F16)."""


def _reading(key: Side, side: Side, share: float = SHARED_SHARE) -> int | None:
    """+1 if the answer side says the key side with its polarity, -1 turned, None if it is not
    about it (it says under `share` of the key side's words)."""
    if side.subject != key.subject:
        return None
    wanted = _plain(key.said)
    shared = wanted & _plain(side.said)
    if len(shared) < MIN_SHARED or len(shared) < share * len(wanted):
        return None
    flipped = {w for w in shared if (NOT + w in key.said) != (NOT + w in side.said)}
    if not flipped:
        return 1
    denied = {w.removeprefix(NOT) for w in key.said if w.startswith(NOT)}
    if denied and denied <= shared and not denied - flipped:
        return -1
    return None


SUPPOSING = CONDITIONS | {"when", "whenever", "until"}
"""Words that make what a sentence or side says hold only under a condition: "If a constructor
is defined, the compiler does not create a default constructor" is not denied by "the compiler
creates a default constructor when we do not define one" (Mohler 2.4, graded 5)."""


def _plain_sides(text: Text, structure: Structure, heads: frozenset[str]) -> list[Side]:
    """The text's sides not said under a condition: none of their sentence's words before them,
    nor their own, is a SUPPOSING word; nor set aside ("unlike ...")."""
    supposed = {structure.sentences[i] for i, word in enumerate(text.words) if word in SUPPOSING}
    return [
        _with_opposed(s, text, structure)
        for s in sides(text, structure, heads)
        if structure.sentences[s.first] not in supposed and not structure.dismissed([s.first])
    ]


def _with_opposed(side: Side, text: Text, structure: Structure) -> Side:
    """The side with the function words of it that have an opposite (denied_terms.OPPOSED:
    "same") among what it says, negated as the side's other words are: the key's "switch Y and
    bulb A are not in the same path" denies "same path", not "path", and "switch Y is in a
    different path than bulb A" (read by its antonym as "same" turned) says it (beetle58: it had
    been capped at 25 as the key said the other way round)."""
    opposed = {
        NOT + text.stems[i] if structure.negated(i) else text.stems[i]
        for i in range(side.first, side.last + 1)
        if text.words[i] in OPPOSED
    }
    return replace(side, said=side.said | opposed) if opposed else side


def key_sides(reference: Text, heads: frozenset[str]) -> list[Side]:
    """The key's sides that a turned polarity can be read against: led by a subject of their
    own or referred to, with at least MIN_SHARED words, not said under a condition, and not
    denying only what the key states plainly of the same subject elsewhere (`_stated_too`)."""
    structure = Structure.of(reference)
    every = _plain_sides(reference, structure, heads)
    return [s for s in every if len(s.said) >= MIN_SHARED and not _stated_too(s, every)]


def _stated_too(side: Side, every: list[Side]) -> bool:
    """Whether each word the side denies is stated plainly by another side of the key led by
    the same subject: "bulbs B and C don't affect it [bulb A] ... They affect each other" tells
    what B and C affect from what they do not by an object no side reads, and an answer's "B
    and C affect each other" is the key's own claim (beetle55: 3 right answers to
    SemEval-2013 Beetle's OPT2_EXPLAIN_Q had been capped at 25 with a contradiction)."""
    denied = {w.removeprefix(NOT) for w in side.said if w.startswith(NOT)}
    if not denied:
        return False
    stated = {
        w
        for other in every
        if other.subject == side.subject and other is not side
        for w in other.said
    }
    return denied <= stated


def denials_turned(
    key: list[Side], key_text: Text, parsed: Answer, heads: frozenset[str]
) -> list[Contradiction]:
    """The key's sides the answer says with the other polarity, and never with the key's."""
    if not key:
        return []
    text, structure = parsed.text, parsed.structure
    found = _plain_sides(text, structure, heads)
    wrong: list[Contradiction] = []
    for one in key:
        readings = [
            (side, -1 if _turned_by_antonyms(one, side, text) else _reading(one, side))
            for side in found
        ]
        if any(r == 1 for _, r in readings):
            continue
        turned = [side for side, r in readings if r == -1]
        if turned:
            quote = key_text.quote(one.first, one.last)
            wrong.append(
                Contradiction(
                    concept=f"{quote} (said the other way round)",
                    evidence=(text.evidence(turned[0].first, turned[0].last),),
                    detail=f"the answer key says “{quote}”",
                )
            )
    return wrong
