"""A horizontal bar for a 0-100 score, coloured by band through CSS classes."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from ...core.report import format_score
from ..plain import plain

BAR_CHARS = " ▏▎▍▌▋▊▉█"


def bar_text(score: float, width: int) -> str:
    """A bar of `width` cells filled in eighths for a 0-100 score."""
    width = max(1, width)
    eighths = round(max(0.0, min(100.0, score)) / 100 * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + (BAR_CHARS[part] if part else "")
    return text.ljust(width)


def band_class(band: str | None) -> str:
    return f"-band-{band or 'none'}"


MIN_BAR_SHARE = 4
"""The bar keeps at least a quarter of the widget's width (and 10 cells); the label gets the
rest it needs, so "Fine-Tuning & Transfer Learning" is whole at 80 columns."""


class ScoreBar(Static):
    """`label  ███████▌      72`: a labelled score bar; `label        -` with no bar when there
    is no score (a group of self-rated answers), never a bar at 0.0 that reads as a zero."""

    DEFAULT_CSS = """
    ScoreBar { height: 1; width: 1fr; }
    ScoreBar.-band-strong { color: $text-success; }
    ScoreBar.-band-adequate { color: $text-primary; }
    ScoreBar.-band-weak { color: $text-warning; }
    ScoreBar.-band-missing { color: $text-error; }
    """

    score: reactive[float | None] = reactive(None)

    def __init__(
        self,
        label: str,
        score: float | None,
        band: str | None = None,
        *,
        label_width: int = 24,
        suffix: str = "",
        figure: Callable[[float], str] = format_score,
        **kwargs: object,
    ) -> None:
        """`figure`: how the score reads beside the bar; the whole number every other score
        shows by default (play26 F12: practice feedback said `100.0` where the report said
        `100`)."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.label = label
        self.figure = figure
        self.label_width = label_width
        self.suffix = suffix
        self.score = score
        self.add_class(band_class(band))

    def render(self) -> Content:
        score = self.score
        tail = f" {'-' if score is None else self.figure(score):>5}{self.suffix}"
        min_bar = max(10, self.size.width // MIN_BAR_SHARE)
        label_width = min(self.label_width, max(8, self.size.width - len(tail) - 1 - min_bar))
        # measured in cells, not characters: an emoji in an imported list's title takes two,
        # and a row one cell too wide wrapped its last word out of sight (play49)
        label = self.label
        if cell_len(label) > label_width:
            label = set_cell_size(label, label_width - 1) + "…"
        label = set_cell_size(label, label_width)
        bar_width = max(4, self.size.width - label_width - len(tail) - 1)
        bar = " " * bar_width if score is None else bar_text(score, bar_width)
        return plain(f"{label} {bar}{tail}")
