"""Writing a screen's export (a report, two sessions side by side) and saying where it went."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from textual.screen import Screen
from textual.widgets import Label

from .plain import escaped, plain
from .toasts import path_lines


def write_export(screen: Screen[Any], path: Path, text: str, status: Label) -> bool:
    """Write `text` to `path` (its folder made), then show `Exported NAME in FOLDER` on the
    screen's own `status` line (class `-shown`), not in a toast: toasts stayed over the History
    table after going back to it (play25 D8). An error is a toast; False then."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        screen.notify(escaped(f"Could not write {path}: {err.strerror or err}"), severity="error")
        return False
    status.update(plain("Exported " + path_lines(path, max(20, screen.size.width - 12))))
    status.add_class("-shown")
    return True


def file_stamp(started_at: datetime) -> str:
    """A session's local start time as an export file name carries it: `20261205-1448`."""
    return started_at.astimezone().strftime("%Y%m%d-%H%M")
