"""The words of a question's own wrong claims are no typos (miss65).

An answer's word whose stem no text of the question uses (its prompt, references, concepts'
names, aliases, descriptions and `about`) is read as a misspelling of the nearest word they do
use (typos.correct_typos). The question's listed wrong claims (its concepts' `contradicts` and
its misconceptions' phrases and aliases) were not among those texts, so a word that only a wrong
claim uses was "corrected" away before that claim was looked for: on "Why did diffusion models
displace GANs?", whose rubric lists 'diffusion models are trained adversarially' and credits
"adversarial training", the answer "Diffusion models are trained adversarially" was read as
"... trained adversarial" and the claim was not found (train split, 50.6 with no wrong claim).

The rule: a word whose stem is a content stem of one of the question's own wrong claims is
left as typed. What it reads: the answer's words, against the stems of the question's
`contradicts` lines and its misconceptions (the bank-wide list included, as the question
carries it). What it leaves alone: every other word, which is corrected as before
("adversarialy", no claim's word, is still read as "adversarial"); the question's vocabulary,
its scoring and its credits; reference mode, where no wrong claim is listed. Example in:
"trained adversarially" on that question stays "adversarially" and says the listed claim.
Example out: "adversarially" on a question whose wrong claims never use it is corrected as
before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..bank import Question
from .text import Text


def claim_stems(question: Question, canon: Mapping[str, str] | None = None) -> frozenset[str]:
    """The content stems of the question's own wrong claims: every concept's `contradicts`
    and every misconception's phrase and aliases, read with the bank's thesaurus `canon`."""
    return frozenset(_stems(_claims(question), canon))


def _claims(question: Question) -> Iterable[str]:
    for concept in question.concepts:
        yield from concept.contradicts
    for misconception in question.misconceptions:
        yield from misconception.phrases


def _stems(claims: Iterable[str], canon: Mapping[str, str] | None) -> Iterable[str]:
    for claim in claims:
        text = Text.of(claim, canon=canon)
        yield from (text.stems[i] for i in text.content)
