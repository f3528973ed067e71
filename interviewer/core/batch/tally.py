"""What a batch run did, counted for the summary line printed when it ends."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..grading import BANDS
from ..store.records import scores_mean
from .cut_answers import CutAnswers


@dataclass
class Tally:
    """What a batch did, for the summary line printed when it ends."""

    errors: int = 0
    graded: int = 0
    total: float = 0.0
    """The sum of the scores: a cohort's million answers need no list of them."""
    bands: Counter[str] = field(default_factory=Counter)
    last_line: int = 0
    """The input line of the last row written."""
    cut: CutAnswers = field(default_factory=CutAnswers)
    """The lines whose answer was longer than the grader reads."""

    def add(self, row: dict[str, Any]) -> None:
        self.last_line = int(row["line"])
        if "error" in row:
            self.errors += 1
        else:
            self.graded += 1
            self.total += float(row["score"])
            self.bands[row["band"]] += 1
            self.cut.add(row)

    def summary(self, destination: str) -> str:
        """`40 lines: 38 graded, 2 errors; mean 61.2 (strong 9, adequate 12, weak 13,
        missing 4) -> out.jsonl`."""
        graded = self.graded
        lines = graded + self.errors
        text = (
            f"{lines} line{'s' if lines != 1 else ''}: {graded} graded, "
            f"{self.errors} error{'s' if self.errors != 1 else ''}"
        )
        mean = scores_mean(self.total, graded)
        if mean is not None:
            counts = ", ".join(f"{band} {self.bands[band]}" for band in BANDS)
            text += f"; mean {mean:.1f} ({counts})"
        return f"{text} -> {destination}"
