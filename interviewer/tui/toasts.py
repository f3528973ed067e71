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


def path_lines(path: Path, width: int = TOAST_WIDTH) -> str:
    """The file name on its own line, then its folder, broken after a separator when it is
    longer than `width` (a single name longer than a line is left whole)."""
    lines = [path.name]
    current = ""
    for part in _home_short(path.parent).split(os.sep):
        piece = part + os.sep
        if current and len(current) + len(piece) > width:
            lines.append(current)
            current = ""
        current += piece
    if current:
        lines.append(current)
    lines[1] = "in " + lines[1] if len(lines) > 1 else lines[0]
    return "\n".join(lines)
