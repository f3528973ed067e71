"""Where user data and config live: platform dirs, overridable by flag and environment variable."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "INTERVIEWER_DATA_DIR"
APP_NAME = "interviewer"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `override` (--data-dir), else $INTERVIEWER_DATA_DIR, else the platform's.

    Nothing is created here; callers that write create what they need.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_banks_dir(base: Path) -> Path:
    """Where a user's own banks live inside a data dir."""
    return base / "banks"


def user_rubrics_dir(base: Path) -> Path:
    """Where a user's own rubrics live inside a data dir."""
    return base / "rubrics"


def database_path(base: Path) -> Path:
    """The SQLite history file inside a data dir."""
    return base / "history.sqlite3"


def cache_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where parsed banks are cached: `<data dir>/cache` when the data dir is chosen (by
    --data-dir or $INTERVIEWER_DATA_DIR, so tests and trials never touch the real folders),
    else the platform's user cache folder. Nothing is created here."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
