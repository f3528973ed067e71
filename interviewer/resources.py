"""Finds the shipped banks/ and rubrics/ folders, from an installed wheel or a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def bundled_banks_dir() -> Path:
    """The folder holding the bank files that ship with Interviewer."""
    return _find("banks")


def bundled_rubrics_dir() -> Path:
    """The folder holding the rubric files that ship with Interviewer."""
    return _find("rubrics")
