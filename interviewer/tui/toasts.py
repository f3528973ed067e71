"""Text for toasts that name files: paths broken only between folders, never mid-word."""

from __future__ import annotations

import os
from pathlib import Path

TOAST_WIDTH = 56
"""Characters a toast line holds (its CSS width less the padding), at any terminal size."""


def _home_short(path: Path) -> str:
    text = str(path)
    home = str(Path.home())
    if home not in ("", "/") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home) :]
    return text


TOAST_SHARE = 0.9
"""The most of the screen's width a toast takes (its CSS max-width)."""
TOAST_GUTTER = 3
"""A narrowed toast's width less the characters its line holds (padding and edge)."""
RACK_SCROLLBAR = 2
"""The toasts' column keeps this many cells for its scroll bar: their share is of the rest."""


def toast_width(screen_width: int) -> int:
    """Characters a toast line holds in a terminal `screen_width` wide: TOAST_WIDTH, or less
    where the toast is narrowed to TOAST_SHARE of the screen (at 40 columns, 31)."""
    share = int((screen_width - RACK_SCROLLBAR) * TOAST_SHARE)
    return max(8, min(TOAST_WIDTH, share - TOAST_GUTTER))


def _name_lines(name: str, width: int) -> list[str]:
    """A file name longer than `width`, broken after a '.', '-' or '_' so that each piece
    fits (`history.sqlite3.` / `damaged-20261207-0051`); one with no such place is left
    whole."""
    lines = []
    while len(name) > width:
        cut = max(name.rfind(mark, 0, width) for mark in ".-_") + 1
        if cut <= 0:
            break
        lines.append(name[:cut])
        name = name[cut:]
    return [*lines, name]


def path_lines(path: Path, width: int = TOAST_WIDTH, *, break_name: bool = False) -> str:
    """The file name on its own line, then its folder, broken after a separator when it is
    longer than `width` (a single name longer than a line is left whole, unless `break_name`:
    then it is broken after a '.', '-' or '_', `_name_lines`)."""
    lines = _name_lines(path.name, width) if break_name else [path.name]
    named = len(lines)
    current = ""
    for part in _home_short(path.parent).split(os.sep):
        piece = part + os.sep
        if current and len(current) + len(piece) > width:
            lines.append(current)
            current = ""
        current += piece
    if current:
        lines.append(current)
    if len(lines) > named:
        lines[named] = "in " + lines[named]
    return "\n".join(lines)
