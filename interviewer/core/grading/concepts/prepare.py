"""A concept made ready to be found (`prepare_concept`): its phrases, those its own texts say
in the negative, its phrases turned around, its contradicting statements and its subject."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ...bank import Concept
from ..claims import statement_phrases, subject_named_first
from ..clauses import Structure
from ..denial_words import has_negation
from ..findings import PreparedConcept
from ..matching import (
    Phrase,
    flipped,
)
from ..subjects import (
    Subject,
    subject_index,
)
from ..text import DIRECTION_WORDS, Text
from .implied import implied_phrases


def prepare_concept(
    concept: Concept,
    phrases: Sequence[Phrase],
    subjects: Sequence[Subject],
    meaning: object | None = None,
    contradicts: Sequence[str] | None = None,
    canon: Mapping[str, str] | None = None,
    said_in: Sequence[str] = (),
) -> PreparedConcept:
    """A concept's phrases, reversed phrases, contradicting statements and subject, ready.

    Contradicting statements keep the question's own words: "DPO trains a reward model" must
    name DPO to say something wrong about it.

    A phrase that the concept's own name or description denies ("flicker" of "... and no
    flicker"), or in reference mode the answer key (`said_in`: "needs no reward model" for the
    keyword "reward model"), names what the concept says is absent: it is read in the
    negative, so "objects do not flicker" says the concept and "frames can flicker" does not."""
    described = Text.of(concept.description or "", canon=canon)
    owned = [Structure.of(Text.of(t, canon=canon)) for t in (concept.description, *said_in) if t]
    name = Structure.of(Text.of(concept.name, canon=canon))
    phrases = [
        replace(p, negative=True) if not p.negative and _denied_in(p, owned, name) else p
        for p in phrases
    ]
    turned = tuple(f for p in phrases if not p.negative for f in flipped(p))
    statements = concept.contradicts if contradicts is None else contradicts
    parsed = tuple(statement_phrases(statements, canon))
    subject = subject_index(concept, subjects)
    named_first = tuple(
        (phrase, named[0], named[1], subject_named_first(phrase, subjects) is not None)
        for phrase in parsed
        if not phrase.negative
        and (named := subject_named_first(phrase, subjects, least=1)) is not None
    )
    return PreparedConcept(
        concept,
        tuple(phrases),
        turned,
        parsed,
        subject,
        meaning,
        frozenset(s for s in described.stems if s in DIRECTION_WORDS),
        has_negation(described.words),
        frozenset(described.content_stems()),
        implied_phrases(phrases) if subject is not None else (),
        named_first,
        (
            *parsed,
            *(rest for _, _, rest, _ in named_first),
            *turned,
            *(p for p in phrases if len(p.tokens) <= 3 or p.whole),
        ),
    )


def _denied_in(phrase: Phrase, texts: Sequence[Structure], name: Structure) -> bool:
    """Whether the concept's own texts (and its name) say every word of the phrase only under
    a negation that governs it directly ("no flicker", "cannot move too far"), and never
    outside one ("a stack is LIFO, not FIFO; a queue is FIFO" does not deny FIFO). The name
    may deny but never affirms: a keyword is its own name."""
    said = [_polarity(phrase, s) for s in texts]
    return (True in said or _polarity(phrase, name) is True) and False not in said


def _polarity(phrase: Phrase, structure: Structure) -> bool | None:
    """True when the text says the phrase's words denied, False when it says them otherwise,
    None when it does not hold them all."""
    wanted = {token[1] for token in phrase.tokens}
    stems = structure.text.stems
    where = [i for i, s in enumerate(stems) if s in wanted]
    if not where or {stems[i] for i in where} != wanted:
        return None
    return all(structure.reach[i] >= 0 for i in where) and structure.denied(where[0])
