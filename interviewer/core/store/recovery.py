"""A damaged history file set aside (renamed, never deleted) and a fresh history begun in its
place: the way out the app offers when SQLite reports the file damaged (play25 F2)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ..clock import Clock, SystemClock
from ..errors import StoreError
from .database import Store
from .failures import MEMORY
from .keep import SIDE_FILES, damaged_name, digest, free_damaged_name

__all__ = ["SIDE_FILES", "damaged_name", "set_aside", "start_afresh"]


def set_aside(path: Path, when: datetime) -> Path:
    """Rename the damaged database `path` (and its side files) to `damaged_name`, with `-2`,
    `-3`... added if that name is taken; returns the new name of the database.

    Raises:
        StoreError: the file cannot be renamed (a read-only folder, say); nothing moved.
    """
    target = free_damaged_name(path, when)
    moved: list[tuple[Path, Path]] = []
    try:
        for side in ("", *SIDE_FILES):
            source = Path(f"{path}{side}")
            if source.exists():
                os.replace(source, Path(f"{target}{side}"))
                moved.append((source, Path(f"{target}{side}")))
    except OSError as err:
        for source, renamed in reversed(moved):  # all or nothing: put back what moved
            os.replace(renamed, source)
        raise StoreError(
            f"{path}: cannot move the damaged history aside ({err.strerror or err}); "
            "move or delete it yourself, or use --data-dir DIR for a new history elsewhere"
        ) from None
    return target


def start_afresh(
    path: str | Path,
    clock: Clock | None = None,
    *,
    kept: str | Path | None = None,
    left: str | None = None,
) -> tuple[Store, Path]:
    """Set the damaged history at `path` aside and open a fresh, empty one there; the caller
    closes its own connection to the file first. Returns the fresh store and where the
    damaged file is kept.

    `kept`: the copy already kept of this damage (`StoreDamaged.kept`); `left`: the
    `keep.digest` of the file when this program closed it, nothing saved to it since that
    copy (`StoreDamaged.left`). When the file is still as it was left, it holds nothing the
    copy does not, and it is deleted instead of kept a second time: `kept` is returned
    (care43: one damage had been kept twice). When it changed since (another terminal saved
    to it), or answers were saved to it after the copy was taken, it is set aside as well.

    Raises:
        StoreError: `path` is no file (an in-memory history), the file cannot be set aside
            (it then stays where it was), or the fresh history cannot be created.
    """
    if str(path) == MEMORY:
        raise StoreError("an in-memory history has no file to set aside")
    clock = clock or SystemClock()
    if (
        kept is not None
        and left is not None
        and Path(kept).is_file()
        and digest(Path(path)) == left
    ):
        _delete(Path(path))
        return Store.open(path, clock=clock), Path(kept)
    moved = set_aside(Path(path), clock.now())
    return Store.open(path, clock=clock), moved


def _delete(path: Path) -> None:
    """Delete the history at `path` and its side files (a copy of them is kept).

    Raises:
        StoreError: one cannot be deleted.
    """
    try:
        for side in ("", *SIDE_FILES):
            Path(f"{path}{side}").unlink(missing_ok=True)
    except OSError as err:
        raise StoreError(
            f"{path}: cannot remove the damaged history ({err.strerror or err}); "
            "move or delete it yourself, or use --data-dir DIR for a new history elsewhere"
        ) from None
