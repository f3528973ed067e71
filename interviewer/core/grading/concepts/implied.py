"""A concept about a subject said by the bare word of one of its "more X" phrases ("low is
focused, high is random" for "more focused"): the bare words (`implied_phrases`) and where one
is said plainly of the concept's subject (`implied_finding`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import Finding, PreparedConcept, quote
from ..matching import (
    Answer,
    Phrase,
)
from ..subjects import (
    Mentions,
)
from ..text import DIRECTION_WORDS, stem

_MORE = stem("more")


def implied_phrases(phrases: Sequence[Phrase]) -> tuple[Phrase, ...]:
    """The bare word of each two-word "more X" phrase ("focused" of "more focused"), to be
    credited only where it is plainly said of the concept's subject (`implied_finding`).
    Never of "less X": "low is random" does not say "less random"."""
    return tuple(
        Phrase(p.text, (p.tokens[1],))
        for p in phrases
        if not p.negative
        and len(p.tokens) == 2
        and p.tokens[0][1] == _MORE
        and p.tokens[1][1] not in DIRECTION_WORDS.get(_MORE, ())
    )


def implied_finding(
    prepared: PreparedConcept, answer: Answer, mentions: Mentions
) -> Finding | None:
    """A concept about a subject credited by the bare word of one of its "more X" phrases,
    said plainly of that subject in its own segment and not turned by a degree word or a
    negation before it: "low is focused, high is random" (play27 M3: 25.5, "missing")."""
    if prepared.subject is None:  # `implied` is made only for a concept about a subject
        return None
    structure, text = answer.structure, answer.text
    own = mentions.positions[prepared.subject]
    for phrase in prepared.implied:
        word, word_stem, _ = phrase.tokens[0]
        for p in answer.positions.get(word_stem, ()):
            before = text.stems[p - 1] if p else ""
            if before in DIRECTION_WORDS or structure.denied(p) or structure.rejected([p]):
                continue  # "less focused", "not focused"
            if not any(structure.segments[q] == structure.segments[p] and q < p for q in own):
                continue
            if mentions.claimant(answer, p, p) != prepared.subject:
                continue
            return Finding(
                prepared.concept,
                "credited",
                credit=1.0,
                phrase=phrase.text,
                how="wording",
                evidence=quote(text, (p,)),
                ratio=100.0,
                at=(p, p),
            )
    return None
