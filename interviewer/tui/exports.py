"""Writing a screen's export (a report, two sessions side by side) and saying where it went."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from textual.screen import Screen
from textual.widgets import Label

from .plain import escaped, plain
from .toasts import path_lines


class ExportStatus(Label):
    """A screen's status line for its exports: every file written from the screen, once each,
    in the order written, then their folder ("Exported A.md", "and A.json", "in FOLDER").
    Hidden until the first export (class `-shown`). It named the last file only: after m then
    j on the compare screen the Markdown file was no longer named (tidy47, played at 80x24)."""

    def __init__(self, *, id: str) -> None:
        super().__init__("", id=id, classes="export-status")
        self.paths: list[Path] = []

    def exported(self, path: Path, width: int) -> None:
        """Name `path` too (last, once), its folder wrapped at `width`."""
        if path in self.paths:
            self.paths.remove(path)
        self.paths.append(path)
        self.update(plain(exported_text(self.paths, width)))
        self.add_class("-shown")


def exported_text(paths: list[Path], width: int) -> str:
    """The files written, one a line, then the folder they share (`toasts.path_lines`); files
    in different folders are named each with its own folder."""
    *earlier, last = paths
    if any(path.parent != last.parent for path in earlier):
        return "\n".join("Exported " + path_lines(path, width) for path in paths)
    folder = path_lines(last, width).split("\n")[1:]
    names = [path.name for path in paths]
    one_line = one_stem_line(paths)
    if one_line is not None and len(one_line) <= width:
        return "\n".join([one_line, *folder])
    return "\n".join(["Exported " + names[0], *("and " + name for name in names[1:]), *folder])


def one_stem_line(paths: list[Path]) -> str | None:
    """The files of one name in several formats on one line, "Exported NAME.md, .html and
    .json", or None when their names differ but for the suffix. A file a line took 4 rows of
    an 80x24 report after m, w and j, over the questions (play48)."""
    first = paths[0]
    if len(paths) < 2 or any(path.stem != first.stem for path in paths):
        return None
    *middle, final = [path.suffix for path in paths[1:]]
    return "Exported " + ", ".join([first.name, *middle]) + " and " + final


def write_export(screen: Screen[Any], path: Path, text: str, status: ExportStatus) -> bool:
    """Write `text` to `path` (its folder made), then name it on the screen's own `status`
    line, not in a toast: toasts stayed over the History table after going back to it (play25
    D8). An error is a toast; False then."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        screen.notify(escaped(f"Could not write {path}: {err.strerror or err}"), severity="error")
        return False
    status.exported(path, max(20, screen.size.width - 12))
    return True


def file_stamp(started_at: datetime) -> str:
    """A session's local start time as an export file name carries it: `20261205-1448`."""
    return started_at.astimezone().strftime("%Y%m%d-%H%M")
