"""Where user data and config live: platform dirs, overridable by flag and environment variable."""

from __future__ import annotations

import os
from pathlib import Path

from .core.errors import PathError

DATA_DIR_ENV = "INTERVIEWER_DATA_DIR"
CACHE_DIR_ENV = "INTERVIEWER_CACHE_DIR"
APP_NAME = "interviewer"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `override` (--data-dir), else $INTERVIEWER_DATA_DIR, else the platform's.

    Nothing is created here; callers that write create what they need.
    """
    if override:
        return checked_dir(override, "--data-dir")
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return checked_dir(env, f"${DATA_DIR_ENV}")
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


MAX_PATH_CHARS = 4_096
MAX_NAME_CHARS = 255


def checked_path(value: str | os.PathLike[str], what: str) -> Path:
    """`value` as a Path with `~` expanded; PathError for names the system cannot hold."""
    text = os.fspath(value)
    if "\x00" in text:
        raise PathError(f"{what}: a path cannot hold a NUL character")
    try:
        path = Path(text).expanduser()
    except RuntimeError as err:  # ~nosuchuser
        raise PathError(f"{what}: cannot expand '{text[:80]}': {err}") from None
    if len(str(path)) > MAX_PATH_CHARS or any(
        len(os.fsencode(part)) > MAX_NAME_CHARS for part in path.parts
    ):
        raise PathError(f"{what}: path too long ('{text[:60]}...')")
    return path


def command_prefix(override: str | os.PathLike[str] | None = None) -> str:
    """How to run this program again on the same data, for the commands it suggests: with
    `--data-dir DIR` when the folder was chosen by that flag (an environment variable stays
    set in the shell, so it needs no repeating)."""
    if not override:
        return APP_NAME
    import shlex

    return f"{APP_NAME} --data-dir {shlex.quote(os.fspath(override))}"


def checked_dir(value: str | os.PathLike[str], what: str) -> Path:
    """A folder path that is a folder or does not exist yet; PathError otherwise."""
    path = checked_path(value, what)
    try:
        is_other = path.exists() and not path.is_dir()
    except OSError as err:
        raise PathError(f"{what}: cannot use '{path}': {err.strerror or err}") from None
    if is_other:
        raise PathError(f"{what}: '{path}' is a file, not a folder")
    return path


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
    """Where parsed banks and fitted graders are cached: $INTERVIEWER_CACHE_DIR when set, else
    `<data dir>/cache` when the data dir is chosen (by --data-dir or $INTERVIEWER_DATA_DIR, so
    tests and trials never touch the real folders), else the platform's user cache folder.
    Nothing is created here; everything in it can be deleted at any time."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return checked_dir(env, f"${CACHE_DIR_ENV}")
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def is_file(path: Path) -> bool:
    """Whether `path` is a file; False (not an exception) for names the system cannot hold."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def checked_output(value: str | os.PathLike[str], what: str, *, source: Path | None = None) -> Path:
    """A file path to write to, its folder created; PathError if it cannot be one.

    Refuses a folder, a path whose parent is a file, and the input file itself (writing
    would destroy what is being read).
    """
    path = checked_path(value, what)
    try:
        if path.is_dir():
            raise PathError(f"{what}: '{path}' is a folder; give a file name")
        if source is not None and path.exists() and source.exists() and path.samefile(source):
            raise PathError(f"{what}: '{path}' is the input file; writing would overwrite it")
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PathError(f"{what}: cannot write to '{path}': {err.strerror or err}") from None
    return path
