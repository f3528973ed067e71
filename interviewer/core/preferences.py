"""Preferences kept between runs: the theme and the home screen's last choices."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
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
    """The number of questions for a bank with none of its own in `counts`."""
    counts: Mapping[str, int] = field(default_factory=dict)
    """The number of questions last chosen for each bank, by bank id (play25 D2)."""
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
    values["counts"] = {
        bank: count
        for bank, count in values["counts"].items()
        if isinstance(count, int) and not isinstance(count, bool) and count >= 1
    }
    return Preferences(**values)


def question_count(preferences: Preferences, bank_id: str, size: int) -> int:
    """How many questions to offer for a bank of `size` questions: the number last chosen
    for it, else the general one, never more than the bank holds (and at least 1)."""
    wanted = preferences.counts.get(bank_id, preferences.count)
    return max(1, min(wanted, size))


def with_question_count(preferences: Preferences, bank_id: str, count: int) -> Preferences:
    """`preferences` remembering `count` questions as the choice for bank `bank_id`."""
    return replace(preferences, counts={**preferences.counts, bank_id: count})


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
