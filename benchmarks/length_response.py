"""Other length responses for calibration_cv.py's `--length-transform` (stop 50, cliff61).

The shipped trees give a short correct answer about 20 points less at 14-18 content words than
just above (para60: a length signal of 0.42 or under adds 6-10 points, 0.45 or over 25-29). Each
response here changes how length reaches the grade, for fitting and grading alike:

- `none`: the recorded signals (calibration_cv's (b)).
- `sqrt`, `log`: a monotone pre-transform of the length signal (a curve with no knee). Trees
  split on the order of a signal, so these are controls: they should move almost nothing.
- `floor50`, `floor45`, `floor40`: length.COMPLETE_COVERAGE lowered from 0.6 to 0.5, 0.45 or
  0.4 (an answer whose coverage is at least that has at least its coverage as its length).
- `alone`: length in trees of its own (`interaction_cst`), never in coverage's splits.
- `depth1`: trees of depth 1 (every signal additive).
- `window10`, `window20`: each grade the mean of the trees' grades at length -w, -w/2, 0, +w/2,
  +w (clipped to 0-1): the step smoothed into a ramp of width 2w.
- `alone+window20`: both.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

LENGTH_AT = 3
"""The length signal's index in calibration.FEATURES."""
COVERAGE_AT = 0
"""The coverage signal's index in calibration.FEATURES."""
ALONE = [[0, 1, 2, 4], [LENGTH_AT]]
"""interaction_cst: length in trees of its own."""
CLIFF = (0.25, 0.5)
"""The length signals read as 10-19 content words (full at 40: every genai reference says 67 or
more); 0.5 itself is left out, as the length of a long vague answer (substance.py) is held there."""


@dataclass(frozen=True)
class LengthResponse:
    """A length response: the signals it reads (`signals`), the fit settings it adds
    (`setting`) and the half-width of the window its grades are averaged over (`window`)."""

    name: str
    signals: Callable[[Mapping[str, float]], dict[str, float]] = dict
    setting: Mapping[str, Any] = field(default_factory=dict)
    window: float = 0.0

    def shifts(self) -> tuple[float, ...]:
        """The changes of length the grades are averaged over (just 0 with no window)."""
        if not self.window:
            return (0.0,)
        w = self.window
        return (-w, -w / 2, 0.0, w / 2, w)


def _mapped(how: Callable[[float], float]) -> Callable[[Mapping[str, float]], dict[str, float]]:
    def signals(s: Mapping[str, float]) -> dict[str, float]:
        return dict(s) | {"length": how(float(s.get("length", 0.0)))}

    return signals


def _floor(at: float) -> Callable[[Mapping[str, float]], dict[str, float]]:
    def signals(s: Mapping[str, float]) -> dict[str, float]:
        coverage, length = float(s.get("coverage", 0.0)), float(s.get("length", 0.0))
        return dict(s) | {"length": max(length, coverage) if coverage >= at else length}

    return signals


RESPONSES: dict[str, LengthResponse] = {
    r.name: r
    for r in (
        LengthResponse("none"),
        LengthResponse("sqrt", _mapped(math.sqrt)),
        LengthResponse("log", _mapped(lambda v: math.log1p(9 * v) / math.log(10))),
        LengthResponse("floor50", _floor(0.5)),
        LengthResponse("floor45", _floor(0.45)),
        LengthResponse("floor40", _floor(0.4)),
        LengthResponse("alone", setting={"interaction_cst": ALONE}),
        LengthResponse("depth1", setting={"max_depth": 1}),
        LengthResponse("window10", window=0.1),
        LengthResponse("window20", window=0.2),
        LengthResponse("alone+window20", setting={"interaction_cst": ALONE}, window=0.2),
    )
}
"""Every response `--length-transform` may name."""


def responded(rows: Sequence[dict[str, Any]], response: LengthResponse) -> list[dict[str, Any]]:
    """The rows with their signals as `response` reads them, each marked `cliff` when its
    recorded length signal (before the response) is in CLIFF."""
    low, high = CLIFF
    return [
        row
        | {
            "signals": response.signals(row["signals"]),
            "cliff": low <= float(row["signals"].get("length", 0.0)) < high,
        }
        for row in rows
    ]


def shifted(x: Any, response: LengthResponse) -> list[Any]:
    """`x` (rows of calibration.FEATURES) once for each of the response's shifts of the length
    column, clipped to 0-1: the grades of a response are the mean of the trees' grades on each."""
    import numpy as np

    result = []
    for shift in response.shifts():
        moved = np.array(x, dtype=float, copy=True)
        moved[:, LENGTH_AT] = np.clip(moved[:, LENGTH_AT] + shift, 0.0, 1.0)
        result.append(moved)
    return result
