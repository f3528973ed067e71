"""Helpers for tests of the history database (`interviewer.core.store`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from interviewer.core.store import MIGRATIONS


def old_history(path: Path, version: int) -> sqlite3.Connection:
    """A raw history database at schema `version` (its first `version` migrations applied),
    open for the rows a test adds; the caller commits and closes it."""
    raw = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        for statement in step:
            raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {version}")
    return raw
