"""A horizontal bar for a 0-100 score, coloured by band through CSS classes."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

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


class ScoreBar(Static):
    """`label  ███████▌      72`: a labelled score bar."""

    DEFAULT_CSS = """
    ScoreBar { height: 1; width: 1fr; }
    ScoreBar.-band-strong { color: $text-success; }
    ScoreBar.-band-adequate { color: $text-primary; }
    ScoreBar.-band-weak { color: $text-warning; }
    ScoreBar.-band-missing { color: $text-error; }
    """

    score: reactive[float] = reactive(0.0)

    def __init__(
        self,
        label: str,
        score: float,
        band: str | None = None,
        *,
        label_width: int = 24,
        suffix: str = "",
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.label = label
        self.label_width = label_width
        self.suffix = suffix
        self.score = score
        self.add_class(band_class(band))

    def render(self) -> Content:
        label = self.label
        if len(label) > self.label_width:
            label = label[: self.label_width - 1] + "…"
        tail = f" {self.score:5.1f}{self.suffix}"
        label_width = min(self.label_width, max(8, self.size.width // 3))
        if len(label) > label_width:
            label = label[: label_width - 1] + "…"
        bar_width = max(4, self.size.width - label_width - len(tail) - 1)
        return plain(f"{label:<{label_width}} {bar_text(self.score, bar_width)}{tail}")
