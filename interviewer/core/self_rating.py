"""Self-ratings: how a candidate scores an answer to a question that has no reference answer.

A self-rating is stored with the answer (band 'self-rated', no score) so that it never enters a
graded average; reports show it on its own line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SELF_RATED_BAND = "self-rated"
SELF_RATING_VERSION = "self-rating"
"""Stored in the grader-version column, so a regrade knows to leave the answer alone."""

SCALE: tuple[tuple[int, str], ...] = (
    (0, "No answer, or nothing relevant"),
    (1, "A few relevant words, no real answer"),
    (2, "Part of the answer, with gaps or errors"),
    (3, "The main points, correct but thin"),
    (4, "A full, correct answer with an example"),
    (5, "What I would want to hear as the interviewer"),
)
"""The written 0-5 scale shown beside the answer."""


@dataclass(frozen=True)
class SelfRating:
    """A candidate's own rating of one answer."""

    rating: int
    """0-5 on SCALE."""

    def __post_init__(self) -> None:
        if not 0 <= self.rating <= 5:
            raise ValueError(f"a self-rating is 0 to 5, not {self.rating}")

    @property
    def label(self) -> str:
        return SCALE[self.rating][1]

    def to_dict(self) -> dict[str, Any]:
        """What the store keeps in the answer's grade column."""
        return {"self_rating": self.rating, "scale_label": self.label, "band": SELF_RATED_BAND}


def stored_self_rating(grade: object) -> int | None:
    """The self-rating held in a stored grade dict, or None."""
    if isinstance(grade, dict):
        value = grade.get("self_rating")
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 5:
            return value
    return None


def rating_text(mean: float) -> str:
    """A mean of self-ratings as every screen and export says it: one decimal (`3.0`)."""
    return f"{mean:.1f}"
