"""Reference mode's wrong claims: a statement of the reference said the other way round.

A bank without a rubric (the user's own answer key) has no `contradicts` or `about` to check
claims against, so an answer that turns the reference around ("training error is high but
validation error is low" for "low training error but high validation error") shared every
word with it and scored as well as the right answer. What the reference itself states can
still be read:

- a *claim* of the reference is one of its clauses with at least one direction word ("low",
  "more", "before", "faster", "deterministic", ...: text.DIRECTION_WORDS) and at least
  MIN_OTHER_WORDS other content words (what the direction is said of);
- an answer clause *turns it around* when it says most of those other words
  (SHARED_SHARE) and all of those before the direction ("the water on the floor" is not "the
  water in the cup"), and of the claim's direction words that it says one way or the other,
  an odd number the other way: "validation error is low" for "high validation error" is turned
  around; "a lower temperature is less random" for "a higher temperature is more random" is
  turned twice, which is the same claim; so is a comparison said from its other side ("oil is
  less dense than water" for "water is more dense"), and "minimizing the negative
  log-likelihood" for "maximizing the likelihood" (INVERTING);
- it is not read as a claim where it cannot be one on its own: a clause that names both
  directions of a pair ("higher is better, lower is worse"), says "not" (the polarity then
  decides, and a short answer's polarity is already a signal), is a condition ("if the
  training error is high"), or is set aside ("unlike ...");
- nor where the answer also states the claim the reference's way: the turned-around clause
  is then an aside ("high training error is underfitting instead").

Each claim turned around is a `Contradiction` quoting the candidate's clause, and the score is
capped (reference_scoring.CAP): an answer that says the opposite of the answer key does not
pass. Nothing is fitted here; the rules were written before measuring, the comparison and
subject rules added after the first measure on SemEval-2013 (docs/grading-log.md, "Reference
mode (no rubric)", with figures; benchmarks/reversals.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from .clauses import Structure
from .denial_words import NEGATIONS
from .matching import Answer
from .pronouns import SUBJECT_PRONOUNS
from .result import Contradiction
from .subject_sides import referents
from .text import DIRECTION_WORDS, Text, stem

MIN_OTHER_WORDS = 2
"""A claim says what its direction is about in at least this many content words: "low error"
is too little to recognise in an answer ("lower error than before")."""
SHARED_SHARE = 0.75
"""An answer clause says the claim when it has at least this share of the claim's other
content words (and at least MIN_OTHER_WORDS of them)."""
COMPARING = frozenset("than compared relative versus vs".split())
"""Words after which a clause names what it compares with ("less dense than water")."""
CONDITIONS = frozenset("if unless whether suppose supposing assume assuming".split())
"""Words that make a clause a condition or a supposition, not a claim."""
INVERTING = frozenset("negative inverse reciprocal".split())
"""Words that turn what they qualify around: "minimizing the negative log-likelihood" is
"maximizing the likelihood"; one of them said on one side only counts as one more turn."""
REASONS = frozenset("because since therefore hence thus".split())
"""Words between a statement and its reason or consequence: each side is read on its own."""
LONGEST_CLAIM = 12
"""A reference clause of more content words than this says too many things for its direction
words to be checked against one answer clause."""


@dataclass(frozen=True)
class Said:
    """What one clause says in a direction, as stems."""

    directions: frozenset[str]
    """The stems of its direction words."""
    others: frozenset[str]
    """The stems of its other content words: what the direction is said of."""
    lead: frozenset[str]
    """Those of them before its first direction word: in "oil is less dense than water", what
    the comparison is said of ("oil")."""
    compared: frozenset[str] | None
    """In a comparison ("than", "compared to/with", "relative to"), the words after the
    marker: what it is compared with ("water"); None if the clause compares nothing."""
    inverted: bool
    """Whether it says "negative", "inverse" or "reciprocal" (INVERTING)."""
    plain: bool
    """No negation, no condition, no pair of opposite directions: a clause that can state a
    claim one way round."""
    comparatives: frozenset[tuple[str, str]] = frozenset()
    """Its words written in -er that are no direction word, as (the stem read for it, a stem
    it may be the comparative of): ("denser", "dens"), or ("dens", "dens") when "denser" was
    read as a typo of "dense"."""
    qualified: frozenset[tuple[str, str]] = frozenset()
    """Its direction words written right before a content word, as (the direction's stem, the
    stem of that word): the direction qualifies that noun ("smaller GPUs", "bigger models")."""


@dataclass(frozen=True)
class Claim:
    """A clause of a reference that says something in a direction."""

    text: str
    """The reference's own words: its clause."""
    said: Said


def said_clauses(text: Text, structure: Structure) -> Iterator[tuple[int, int, Said]]:
    """(first, last, what it says) of each clause that says anything. A clause that names both
    directions of a pair is read in its parts joined by "and", "or" or a comma, when it has
    them: "high training error and low validation error" says two things."""
    words = text.words
    content = set(text.content)
    conditional = {
        structure.sentences[first]
        for first, _ in structure.units("sentence")
        if words[first] in CONDITIONS
    }
    units = [part for a, b in structure.units("clause") for part in _reasons(words, a, b)]
    held = referents(text, structure)
    for first, last in units:
        # "If training error is high but validation error is low, ...": all of it supposed
        supposed = structure.sentences[first] in conditional
        whole = _said(text, content, first, last, supposed, held.get(first))
        if whole is None:
            continue
        if whole[2].plain or not _both_ways(whole[2].directions):
            yield whole
            continue
        parts = [
            p
            for a, b in _parts(text, first, last)
            if (p := _said(text, content, a, b, supposed, held.get(first) if a == first else None))
        ]
        yield from parts if len(parts) > 1 else [whole]


def _reasons(words: list[str], first: int, last: int) -> Iterator[tuple[int, int]]:
    """The clause in its parts before and after a word that gives a reason or a consequence
    ("ice is less dense than water because hydrogen bonds ..." states two things)."""
    start = first
    for i in range(first + 1, last + 1):
        if words[i] in REASONS:
            if i - 1 >= start:
                yield start, i - 1
            start = i + 1
    if start <= last:
        yield start, last


def _both_ways(directions: frozenset[str]) -> bool:
    return any(o in directions for d in directions for o in DIRECTION_WORDS[d])


def _parts(text: Text, first: int, last: int) -> Iterator[tuple[int, int]]:
    """The clause's stretches between "and", "or" and commas."""
    start = first
    for i in range(first + 1, last + 1):
        comma = "," in text.raw[text.spans[i - 1][1] : text.spans[i][0]]
        if text.words[i] in ("and", "or") or comma:
            if i - 1 >= start:
                yield start, i - 1
            start = i + 1 if text.words[i] in ("and", "or") else i
    if start <= last:
        yield start, last


def _said(
    text: Text,
    content: set[int],
    first: int,
    last: int,
    supposed: bool,
    referent: str | None = None,
) -> tuple[int, int, Said] | None:
    """What the words from `first` to `last` say (`content`: the text's content word
    positions), or None if nothing. A clause that opens with "it" or "they" says it of their
    `referent` (subject_sides.referents): "it suits low contention" of optimistic locking."""
    words, stems = text.words, text.stems
    spoken = [i for i in range(first, last + 1) if i in content or stems[i] in DIRECTION_WORDS]
    if not spoken:
        return None
    directions: set[str] = set()
    others: set[str] = set() if referent is None else {referent}
    lead: set[str] = set(others)
    compared: set[str] | None = None
    plain = not supposed
    inverted = False
    comparatives: set[tuple[str, str]] = set()
    qualified: set[tuple[str, str]] = set()
    for i in range(first, last + 1):
        word, word_stem = words[i], stems[i]
        if word_stem in DIRECTION_WORDS and i < last and _written_before(text, content, i):
            qualified.add((word_stem, stems[i + 1]))
        inverted = inverted or word in INVERTING
        if word in NEGATIONS or word.endswith(("n't", "n’t")) or word in CONDITIONS:
            plain = False
        if word in COMPARING and compared is None:
            compared = set()
        if word_stem in DIRECTION_WORDS:
            directions.add(word_stem)
        elif i in content and word not in INVERTING and word not in COMPARING:
            others.add(word_stem)
            comparatives.update((word_stem, base) for base in _bases(word))
            if not directions:
                lead.add(word_stem)
            if compared is not None:
                compared.add(word_stem)
    if _both_ways(frozenset(directions)):
        plain = False  # "higher is better, lower is worse" names both sides
    said = Said(
        frozenset(directions),
        frozenset(others),
        frozenset(lead),
        None if compared is None else frozenset(compared),
        inverted,
        plain,
        frozenset(comparatives),
        frozenset(qualified),
    )
    # quoted from its first word that says something: "training error is high", not
    # "but training error is high"
    return spoken[0], spoken[-1], said


def _written_before(text: Text, content: set[int], i: int) -> bool:
    """Whether the word at `i` is written right before a content word, with nothing or a
    hyphen between: it qualifies that word ("smaller GPUs", "bigger-batch")."""
    gap = text.raw[text.spans[i][1] : text.spans[i + 1][0]].strip()
    return i + 1 in content and gap in ("", "-")


def reference_claims(reference: str | Text, canon: Mapping[str, str] | None = None) -> list[Claim]:
    """The claims of one reference answer (as text, or already read with the bank's `canon`):
    its plain clauses with a direction."""
    text = reference if isinstance(reference, Text) else Text.of(reference, canon=canon)
    return [
        Claim(text.quote(first, last), said)
        for first, last, said in said_clauses(text, Structure.of(text))
        if said.plain and said.directions and MIN_OTHER_WORDS <= len(said.others) <= LONGEST_CLAIM
    ]


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


MORE, LESS = stem("more"), stem("less")


def _bases(word: str) -> Iterator[str]:
    """The stems a comparative in -er may be the comparative of: "denser" of "dense",
    "bigger" of "big", "heavier" of "heavy", "warmer" of "warm"."""
    if len(word) < 5 or not word.endswith("er"):
        return
    yield stem(word[:-2])
    yield stem(word[:-1])
    if word[-3] == word[-4]:
        yield stem(word[:-3])
    if word.endswith("ier"):
        yield stem(word[:-3] + "y")


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
