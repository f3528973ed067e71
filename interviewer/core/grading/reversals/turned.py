"""An answer's clauses read against the reference's claims: which claims it states the key's
way, and which the other way round and never the key's way (each a `Contradiction`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..clauses import Structure
from ..matching import Answer
from ..pronouns import SUBJECT_PRONOUNS
from ..result import Contradiction
from ..subject_sides import referents
from ..text import DIRECTION_WORDS, Text, stem
from .said import MIN_OTHER_WORDS, Claim, Said, said_clauses

SHARED_SHARE = 0.75
"""An answer clause says the claim when it has at least this share of the claim's other
content words (and at least MIN_OTHER_WORDS of them)."""
MORE, LESS = stem("more"), stem("less")


def _sides_swapped(claim: Said, clause: Said) -> bool | None:
    """In a comparison, whether the clause says it of the other side ("water is more dense"
    for "oil is less dense than water": the same claim turned twice); None if it cannot tell.
    Without a comparison on either side, False."""
    if claim.compared is None and clause.compared is None:
        return False
    subject = claim.lead
    own = bool(subject & clause.lead)
    other = bool(subject & (clause.compared or frozenset()))
    if claim.compared is not None and clause.compared is None:
        # "oil is less dense than water" read in "water is more dense"
        own, other = own, bool(claim.compared & clause.lead) and not own
    if own == other:
        return None
    return other


def read_comparatives(claim: Said, clause: Said) -> Said:
    """The clause with a comparative in -er of a word the claim says with "more" or "less"
    read as "more" and that word: "ice is denser than water" says "more dense" of ice (play29
    F8). Only the claim's own words are read so: "layer" is no comparative of "lay"."""
    if not claim.directions & {MORE, LESS}:
        return clause
    read = {word: base for word, base in clause.comparatives if base in claim.others}
    if not read:
        return clause

    def words(found: frozenset[str]) -> frozenset[str]:
        return frozenset(read.get(w, w) for w in found)

    return replace(
        clause,
        directions=clause.directions | {MORE},
        others=words(clause.others),
        lead=frozenset(w for w in clause.lead if w not in read),  # what "more dense" leads
        compared=None if clause.compared is None else words(clause.compared),
    )


def _any_er(said: Said) -> bool:
    return bool(said.comparatives)


def _reading(claim: Said, clause: Said) -> int | None:
    """+1 if the clause states the claim its way, -1 turned around, None if it is not about it."""
    clause = read_comparatives(claim, clause)
    shared = len(claim.others & clause.others)
    if shared < MIN_OTHER_WORDS or shared < SHARED_SHARE * len(claim.others):
        return None
    if not claim.lead <= clause.others:
        return None  # "the water on the floor" is not "the water in the cup"
    same = turned = 0
    for d in claim.directions:
        if d in clause.directions:
            same += 1
        elif any(_turns(claim, d, o, clause) for o in DIRECTION_WORDS[d]):
            turned += 1
    if same + turned < min(2, len(claim.directions)):
        return None  # "use a low learning rate" says nothing of "worse with high learning rates"
    swapped = _sides_swapped(claim, clause)
    if swapped is None:
        return None
    turned += swapped + (claim.inverted != clause.inverted)
    return -1 if turned % 2 else 1


def _turns(claim: Said, direction: str, opposite: str, clause: Said) -> bool:
    """Whether the clause's `opposite` turns the claim's `direction`. Where the claim writes its
    direction right before its noun ("fits on smaller GPUs"), as matching/modifiers.py reads a
    rubric's claim: a clause that writes a direction before that noun turns it only with the
    opposite ("fewer GPUs" is no "bigger GPUs"), and an opposite written right before another
    word only is said of that word ("fitting bigger models": "bigger" is said of the models)."""
    if opposite not in clause.directions:
        return False
    nouns = {noun for d, noun in claim.qualified if d == direction}
    if not nouns:
        return True
    before_noun = {d for d, noun in clause.qualified if noun in nouns}
    if before_noun:
        return opposite in before_noun
    theirs = {noun for d, noun in clause.qualified if d == opposite}
    return not theirs


def _unheld(text: Text, structure: Structure, first: int, held: Mapping[int, str]) -> bool:
    """Whether the words of its sentence before `first` are function words after an "it" or
    "they" that stands for nothing the answer said before (subject_sides.referents)."""
    content = set(text.content)
    at = first - 1
    while at >= 0 and structure.sentences[at] == structure.sentences[first]:
        if text.words[at] in SUBJECT_PRONOUNS:
            return at not in held
        if at in content:
            return False
        at -= 1
    return False


@dataclass(frozen=True)
class Readings:
    """How an answer says the claims of a reference."""

    turned: list[Contradiction]
    """The claims it states the other way round, and never the key's way."""
    right: int
    """How many claims it states the key's way."""


def turned_around(claims: list[Claim], parsed: Answer) -> Readings:
    """The reference's claims that the answer states the other way round, and never its way,
    and how many it states the key's way."""
    text, structure = parsed.text, parsed.structure
    # a clause with no direction word may still say one in a comparative ("denser")
    clauses = [c for c in said_clauses(text, structure) if c[2].directions or _any_er(c[2])]
    held = referents(text, structure)
    # an "it" with nothing to stand for is the key's subject, when the key has one only
    subjects = {c.said.lead for c in claims if c.said.lead}
    unheld = {
        first
        for first, _, said in clauses
        if len(subjects) == 1 and not said.lead and _unheld(text, structure, first, held)
    }
    found: list[Contradiction] = []
    right = 0
    for claim in claims:
        wrong: list[tuple[int, int]] = []
        for first, last, said in clauses:
            if first in unheld and claim.said.lead and not claim.said.lead & said.others:
                # "It is slower than a hard disk." with nothing before it for "it" to stand
                # for: said of what the question asks about, the key's subject ("RAM")
                said = replace(
                    said, others=said.others | claim.said.lead, lead=said.lead | claim.said.lead
                )
            reading = _reading(claim.said, said)
            if reading == 1:
                right += 1
                break  # said the key's way somewhere ("low training error and high ..." too)
            if reading == -1 and said.plain and not structure.dismissed([first]):
                wrong.append((first, last))
        else:
            if wrong:
                first, last = wrong[0]
                found.append(
                    Contradiction(
                        # listed under "Got wrong": the key's words alone read as the
                        # candidate's ("✗ writes become slower")
                        concept=f"{claim.text} (said the other way round)",
                        evidence=(text.evidence(first, last),),
                        detail=f"the answer key says it the other way round: “{claim.text}”",
                    )
                )
    return Readings(found, right)
