"""What a clause says in a direction (`Said`), and the claims of a reference answer: its plain
clauses with a direction word and enough other words to recognise them by (reversals/ tells
the whole reading)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..clauses import Structure
from ..denial_words import NEGATIONS
from ..subject_sides import referents
from ..text import DIRECTION_WORDS, Text, stem

MIN_OTHER_WORDS = 2
"""A claim says what its direction is about in at least this many content words: "low error"
is too little to recognise in an answer ("lower error than before")."""
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
        if text.words[i] in ("and", "or") or text.comma_before(i):
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


def reference_claims(reference: str | Text, canon: Mapping[str, str] | None = None) -> list[Claim]:
    """The claims of one reference answer (as text, or already read with the bank's `canon`):
    its plain clauses with a direction."""
    text = reference if isinstance(reference, Text) else Text.of(reference, canon=canon)
    return [
        Claim(text.quote(first, last), said)
        for first, last, said in said_clauses(text, Structure.of(text))
        if said.plain and said.directions and MIN_OTHER_WORDS <= len(said.others) <= LONGEST_CLAIM
    ]
