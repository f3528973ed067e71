"""Bank and user text for widgets: always plain text, never markup, never terminal commands."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from textual.content import Content

from ..core.safe_text import screen_text


def plain(text: object) -> Content:
    """`text` as Content shown verbatim: `[/INST]` stays `[/INST]`, ESC becomes U+FFFD,
    a right-to-left override is dropped (`screen_text`)."""
    return Content(screen_text(str(text)))


def escaped(text: object) -> str:
    """`text` as markup that shows it verbatim, for widgets that only take markup strings."""
    return screen_text(str(text)).replace("[", "\\[")


def cut_to(text: str, cells: int) -> str:
    """`text`, or its start and "…" when it is wider than `cells` (no cut when `cells` < 1,
    before the menu has a width)."""
    if cells < 1 or cell_len(text) <= cells:
        return text
    return set_cell_size(text, cells - 1).rstrip() + "…"
