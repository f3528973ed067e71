"""The signals both modes read the same way: the similarity to the closest reference (words and
characters blended) and the rubric's weight covered."""

from __future__ import annotations

from collections.abc import Sequence

from ..concepts import Finding
from ..similarity import WORD_WEIGHT

FULL_SIMILARITY = 0.4
"""Similarity at which the similarity signal is full."""
ESSENTIAL_WEIGHT = 3.0
"""Concepts of at least this weight are essential."""


def blended_similarity(cosines: tuple[float, float]) -> float:
    """One similarity from (word cosine, character cosine): WORD_WEIGHT of the words' and the
    rest of the characters'. Both modes read the closest reference by it."""
    return WORD_WEIGHT * cosines[0] + (1 - WORD_WEIGHT) * cosines[1]


def rubric_coverage(findings: Sequence[Finding]) -> tuple[float, float]:
    """(weighted share of the concepts credited, share of the essential weight credited)."""
    total = sum(f.concept.weight for f in findings)
    earned = sum(f.concept.weight * f.credit for f in findings if f.status == "credited")
    essential = [f for f in findings if f.concept.weight >= ESSENTIAL_WEIGHT]
    essential_total = sum(f.concept.weight for f in essential)
    essential_earned = sum(f.concept.weight * f.credit for f in essential if f.status == "credited")
    return (
        earned / total if total > 0 else 0.0,
        essential_earned / essential_total if essential_total > 0 else 1.0,
    )
