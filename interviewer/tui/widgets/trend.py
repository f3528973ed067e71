"""Session scores over time as bars on the 0-100 scale.

Textual's Sparkline scales its bars from the lowest value shown to the highest, so scores of 73
then 72 drew a full bar then an empty one: a one-point dip read as a fall to zero. Here a bar's
height is the score itself, out of 100, one column per session, oldest on the left.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Static

BARS = " ▁▂▃▄▅▆▇█"
"""Eighths of a row, from nothing to full."""
COLUMN_MAX = 4
"""The widest a session's column is drawn."""


def trend_rows(scores: Sequence[float], width: int, height: int) -> list[str]:
    """The chart's rows, top first: one column per score (the latest `width` of them when there
    are more), as tall as the score out of 100; columns up to COLUMN_MAX wide, with a space
    between them, when they fit."""
    if width <= 0 or height <= 0 or not scores:
        return [""] * max(height, 0)
    gap = 1 if 2 * len(scores) - 1 <= width else 0
    shown = list(scores) if gap else list(scores)[-width:]
    column = max(1, min(COLUMN_MAX, (width + gap) // len(shown) - gap))
    eighths = [round(max(0.0, min(100.0, s)) / 100 * height * 8) for s in shown]
    rows = []
    for row in range(height - 1, -1, -1):  # top row first
        cells = [BARS[max(0, min(8, e - row * 8))] * column for e in eighths]
        rows.append((" " if gap else "").join(cells).rstrip())
    return rows


class TrendBars(Static):
    """Scores over time on one 0-100 scale (see the module docstring)."""

    DEFAULT_CSS = """
    TrendBars {
        height: 2;
        color: $accent;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._scores: list[float] = []

    @property
    def scores(self) -> list[float]:
        return list(self._scores)

    @scores.setter
    def scores(self, scores: Sequence[float]) -> None:
        self._scores = list(scores)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width, height = self.content_size.width, self.content_size.height
        self.update("\n".join(trend_rows(self._scores, width, height or 2)))
