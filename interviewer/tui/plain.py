"""Bank and user text for widgets: always plain text, never markup, never terminal commands."""

from __future__ import annotations

from textual.content import Content

from ..core.safe_text import neutralise


def plain(text: object) -> Content:
    """`text` as Content shown verbatim: `[/INST]` stays `[/INST]`, ESC becomes U+FFFD."""
    return Content(neutralise(str(text)))


def escaped(text: object) -> str:
    """`text` as markup that shows it verbatim, for widgets that only take markup strings."""
    return neutralise(str(text)).replace("[", "\\[")
