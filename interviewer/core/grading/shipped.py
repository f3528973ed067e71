"""Fitted parameters shipped as data beside the grader (calibration.json, reference_blend.json),
read once, with a fallback when a file is missing or unreadable."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar, cast

T = TypeVar("T")

_READ: dict[str, Any] = {}


def shipped_data(name: str, parse: Callable[[Any], T], fallback: Callable[[], T]) -> T:
    """The package's data file `name`, parsed from JSON by `parse` and kept; `fallback()` when
    it is missing or does not parse."""
    if name not in _READ:
        try:
            text = resources.files(__package__).joinpath(name).read_text("utf-8")
            _READ[name] = parse(json.loads(text))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            _READ[name] = fallback()
    return cast(T, _READ[name])
