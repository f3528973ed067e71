"""The topic and level beside the question counter: the topic is cut to fit, never the level."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Label

from ..plain import cut_to, plain


def meta_text(topic: str, level: str, cells: int) -> str:
    """`· Transformers · intermediate` in at most `cells` cells (any width when `cells` < 1,
    before layout): the topic ends in "…" first, then goes; the level stays whole while it
    fits (at 60 columns a long topic had pushed it off the bar). A question with no topic shows
    `· beginner`, not `·  · beginner` (play23)."""
    if not topic:
        return cut_to(f"· {level}", cells) if level else ""
    level_part = f" · {level}" if level else ""
    text = f"· {topic}{level_part}"
    if cells < 1 or cell_len(text) <= cells:
        return text
    room = cells - cell_len(level_part)
    if room >= 4:  # "· X…" at least
        return cut_to(f"· {topic}", room) + level_part
    return cut_to(f"· {level}" if level else f"· {topic}", cells)


class QuestionMeta(Label):
    """`· topic · level` of the question shown, fitted to the bar's width on every resize."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.topic = ""
        self.level = ""

    def show(self, topic: str, level: str) -> None:
        self.topic, self.level = topic, level
        self.refresh()

    def render(self) -> Content:
        return plain(meta_text(self.topic, self.level, self.size.width))
