"""Bank and user text for widgets: always plain text, never markup, never terminal commands."""

from __future__ import annotations

import re

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


_OWN_LINE = re.compile(r"\s|[-*+•|>#]|\d+[.)]\s|```")
"""How a line that keeps its own line starts: indented (code), a list item, a table row, a
quote, a heading or a code fence."""


def reflowed(text: str) -> str:
    """A reference answer as paragraphs: the line breaks its source file wrapped it at (an
    imported list keeps them: 'at a time, so CPU-bound' / 'threads do not run ...') are
    joined with a space, so that the screen wraps it to its own width (ux41). Blank lines,
    list items, indented lines, a line after one ending in ':' and everything inside a code
    fence keep their own line."""
    lines: list[str] = []
    fenced = False
    for line in text.split("\n"):
        fence = line.lstrip().startswith("```")
        joins = bool(
            not fenced
            and not fence
            and lines
            and lines[-1].strip()
            and line.strip()
            and not _OWN_LINE.match(line)
            and not lines[-1].rstrip().endswith((":", "```"))
        )
        if joins:
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
        if fence:
            fenced = not fenced
    return "\n".join(lines)
