"""Plain text whose list lines ("  ✓ concept “words”", "• advice") wrap under their own first
word, not at the left edge: the report's details, its next steps, practice feedback and the
bank browser's list all show it (play25 D6, ux35)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from ...core.safe_text import screen_text

LIST_MARKER = re.compile(r"^( *(?:[✓✗•] ))")
"""A list line's marker and the spaces before it: what its wrapped lines are indented by."""


class HangingLines(Group):
    """Lines of plain text drawn with hanging indents; `str()` gives the text itself."""

    def __init__(self, text: str, rows: Sequence[RenderableType]) -> None:
        super().__init__(*rows)
        self.text = text

    def __str__(self) -> str:
        return self.text


def hanging_row(marker: str, text: str) -> Table:
    """`marker` then `text`, the lines `text` wraps to starting under its first character."""
    grid = Table.grid(expand=True)
    grid.add_column(width=len(marker), no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(marker), Text(text))
    return grid


def hanging_item(marker: str, text: str) -> HangingLines:
    """One list item, `marker` and `text` (plain, never markup), with a hanging indent: an
    option of an option list; `str()` gives `marker + text`."""
    marker, text = screen_text(marker), screen_text(text)
    return HangingLines(marker + text, [hanging_row(marker, text)])


def hanging(text: str) -> HangingLines:
    """`text` (plain, never markup) with each list line ("  ✓ concept “words”", "• advice")
    wrapping under its own first word instead of at the left edge."""
    text = screen_text(text)
    rows: list[RenderableType] = []
    for line in text.split("\n"):
        marker = LIST_MARKER.match(line)
        if marker is None:
            rows.append(Text(line))
            continue
        rows.append(hanging_row(marker.group(1), line[marker.end() :]))
    return HangingLines(text, rows)


class HangingText(Static):
    """A Static of plain text drawn by `hanging`: list lines wrap under their first word."""

    def __init__(self, text: str, **kwargs: Any) -> None:
        self._lines = hanging(text)
        super().__init__(self._lines, **kwargs)

    def show(self, text: str) -> None:
        """Show `text` instead."""
        self._lines = hanging(text)
        self.update(self._lines)

    def render(self) -> HangingLines:
        return self._lines
