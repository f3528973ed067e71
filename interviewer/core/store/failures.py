"""SQLite failures turned into errors a user can act on: what went wrong with which file, and
the way out (another data folder, or moving a damaged history aside), never the stored text an
error may quote."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from ...paths import DATA_DIR_ENV
from ..clock import Clock
from ..errors import StoreBusy, StoreDamaged, StoreError
from .keep import Snapshot, digest, discard, keep_snapshot

MEMORY = ":memory:"
"""The path of a history kept in memory: no file, nothing to keep aside."""

RECOVER_HINT = "run `interviewer` to move it aside (kept) and start a fresh history,"
"""The way out of a damaged history: plain `interviewer` opens the screen that sets it aside."""


def way_out(path: str, *, kept: bool) -> str:
    """The advice that ends an error: start a history elsewhere, and where the old file is
    kept when `kept`."""
    advice = f"use --data-dir DIR or set {DATA_DIR_ENV} to start a new history elsewhere"
    if kept:
        advice += f"; your old file is kept at {path}"
    return advice


_QUOTED_TEXT = re.compile(r" with text '.*", re.DOTALL)
"""What sqlite3 appends to a decoding error: the stored text itself, a user's answer."""


def explain_failure(
    path: str, err: sqlite3.Error, doing: str, *, kept: Path | None = None, unkept: str = ""
) -> StoreError:
    """A StoreError naming the file, what went wrong, and the way out; never the stored text
    an error may quote. `kept`: where a copy of a damaged file as it was is kept (`keep.py`);
    `unkept`: why no copy could be made."""
    err = type(err)(_QUOTED_TEXT.sub("", str(err)))
    text = str(err).lower()
    exists = path != MEMORY and Path(path).exists()
    if "locked" in text or "busy" in text:
        # nothing was moved or damaged: "your old file is kept at" read oddly here (play24 D3)
        what = (
            "it is locked by another program "
            "(is another interviewer running?); close it and try again, or "
        )
        return StoreBusy(f"{path}: cannot {doing}: {what}{way_out(path, kept=False)}")
    if isinstance(err, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        if kept is not None:
            # the file itself may have changed since (SQLite folds its -wal in on closing)
            where = f"; a copy of it as it was, with its -wal and -shm, is kept at {kept}"
            advice = way_out(path, kept=False) + where
        elif unkept:
            advice = f"{way_out(path, kept=False)}; no copy of it could be kept ({unkept})"
        else:
            advice = way_out(path, kept=exists)
        return StoreDamaged(
            f"{path}: cannot {doing}: it is damaged ({err}); {RECOVER_HINT} or {advice}",
            path,
            str(err),
            None if kept is None else str(kept),
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError(
            f"{path}: cannot {doing}: the file or its folder is not writable ({err}); "
            f"{way_out(path, kept=exists)}"
        )
    if "disk" in text and "full" in text:
        return StoreError(f"{path}: cannot {doing}: the disk is full; free some space")
    return StoreError(f"{path}: cannot {doing}: {err}; {way_out(path, kept=exists)}")


def opening_failed(
    where: str, err: sqlite3.Error, copy: Snapshot | None, clock: Clock, unkept: str = ""
) -> StoreError:
    """The error of a history that cannot be opened; when it is damaged, the `snapshot` taken
    before opening it is kept beside it as it was, and the error says where (or, `unkept`, why
    no snapshot could be taken)."""
    error = explain_failure(where, err, "open the history database", unkept=unkept)
    if copy is None or not isinstance(error, StoreDamaged):
        discard(copy)
        return error
    try:
        kept = keep_snapshot(copy, Path(where), clock.now())
    except OSError as failed:
        discard(copy)
        return explain_failure(where, err, "open the history database", unkept=os_reason(failed))
    error = explain_failure(where, err, "open the history database", kept=kept)
    if isinstance(error, StoreDamaged):  # closed: nothing was saved to it, only folded
        error.left = digest(Path(where))
    return error


def os_reason(err: OSError) -> str:
    """Why an operation on a file failed, in the system's words ("No space left on device")."""
    return err.strerror or str(err)
