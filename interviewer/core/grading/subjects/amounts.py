"""A subject's name measured by a comparative of amount ("shorter prompts at inference", "more
prompting"): an amount of the thing, not the thing as the doer of its clause, so no antecedent
for a later pronoun (mentions.py)."""

from __future__ import annotations

from ..matching import Answer


def amount_of(answer: Answer, position: int) -> bool:
    """Whether a subject's name stands here as a common noun measured by a comparative of
    amount right before it ("and shorter prompts at inference", "more prompting"): an amount
    of the thing, not the thing as the doer a later "it" could stand for. In "That gives ...
    and shorter prompts, but it needs labeled data", "it" is not prompting."""
    words, clauses = answer.text.words, answer.structure.clauses
    i = position - 1
    return i >= 0 and clauses[i] == clauses[position] and words[i] in COMPARATIVES


COMPARATIVES = frozenset("more less fewer most least fewest shorter longer".split())
"""Comparatives of amount: "shorter prompts" is an amount of prompts; a comparative of kind
("a smaller draft model") still names the thing."""
