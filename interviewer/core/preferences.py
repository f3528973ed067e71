"""Preferences kept between runs: the theme and the home screen's last choices."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

PREFERENCES_FILE = "preferences.json"


@dataclass(frozen=True)
class Preferences:
    """What the user chose last time; every field has a sensible default."""

    theme: str | None = None
    """A Textual theme name, as picked in the command palette."""
    bank_id: str | None = None
    mode: str = "interview"
    count: int = 10
    timing: str = "default"
    """'default' (per level), 'untimed', or seconds as text."""
    adaptive: bool = False
    level: str = "all"
    """'all' or one level: beginner, intermediate or expert."""


def preferences_path(data_dir: Path) -> Path:
    return data_dir / PREFERENCES_FILE


def load_preferences(path: Path | None) -> Preferences:
    """The saved preferences, or the defaults when the file is missing, unreadable or odd."""
    if path is None:
        return Preferences()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    defaults = Preferences()
    values = {}
    for spec in fields(Preferences):
        default = getattr(defaults, spec.name)
        value = raw.get(spec.name, default)
        values[spec.name] = value if _same_kind(value, default) else default
    if values["count"] < 1:
        values["count"] = defaults.count
    return Preferences(**values)


def _same_kind(value: object, default: object) -> bool:
    """Whether a stored value may stand in for a default (bools are not numbers here)."""
    if default is None:
        return value is None or isinstance(value, str)
    if isinstance(value, bool) != isinstance(default, bool):
        return False
    return isinstance(value, type(default))


def save_preferences(path: Path | None, preferences: Preferences) -> bool:
    """Write the preferences atomically; False (and nothing lost) if the folder is unwritable."""
    if path is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".preferences-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(preferences), out, indent=2, sort_keys=True)
        os.replace(temporary, path)
    except OSError:
        return False
    return True
