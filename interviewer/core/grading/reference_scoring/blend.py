"""Reference mode's blend: the points of each signal, fitted offline and shipped as data
(reference_blend.json, written by benchmarks/fit_reference.py); see the package docstring."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from ..shipped import shipped_data
from .signals import ReferenceSignals

SIGNALS = ("similarity", "coverage", "length", "precision", "negation", "too_short", "references")
"""The blend's signals, in the order benchmarks/fit_reference.py fits them."""


@dataclass(frozen=True)
class ReferenceBlend:
    """Points of each reference-mode signal (see the package docstring)."""

    base: float
    similarity: float
    coverage: float
    length: float
    negation: float
    fitted_on: str = ""
    """What it was fitted on (a note for people)."""
    precision: float = 0.0
    too_short: float = 0.0
    references: float = 0.0
    most_references: float = 0.0
    """At most this many references are counted in the `references` signal (0: all of them):
    past a few, more references of one question make a chance match hardly likelier, and an
    uncapped count took 28 points from every answer to a question with 14."""

    def __post_init__(self) -> None:
        if min(getattr(self, name) for name in SIGNALS) < 0:
            raise ValueError("a reference-mode signal may not count against what it measures")
        if self.most_references < 0:
            raise ValueError("most_references is a count of references (0: all)")

    def counted(self, references: int) -> float:
        """How many of a question's `references` the `references` signal counts."""
        if self.most_references:
            return min(float(references), self.most_references)
        return float(references)

    def points(self, signals: ReferenceSignals) -> dict[str, float]:
        """The points each signal gives (a penalty as a negative number)."""
        values = signals.values()
        values["references"] = -math.log(self.counted(signals.references))
        return {name: getattr(self, name) * v for name, v in values.items()}

    def score(self, signals: ReferenceSignals) -> float:
        """base plus every signal's points, before caps and clipping."""
        return self.base + sum(self.points(signals).values())

    def to_dict(self) -> dict[str, float | str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReferenceBlend:
        points = {
            f.name: float(data.get(f.name, 0.0)) for f in fields(cls) if f.name != "fitted_on"
        }
        return cls(**points, fitted_on=str(data.get("fitted_on", "")))


PRIOR = ReferenceBlend(0.0, 70.0, 30.0, 0.0, 40.0, "grader 3.3's hand-set points")
"""Used only when reference_blend.json is missing or unreadable."""


def shipped_blend() -> ReferenceBlend:
    """The blend shipped with the package (read once)."""
    return shipped_data("reference_blend.json", ReferenceBlend.from_dict, lambda: PRIOR)
