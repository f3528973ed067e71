"""Helpers for tests of bank files: a file written as given, and the problems its loading
reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.errors import BankError


def write(folder: Path, text: str | bytes, name: str = "bank.yaml") -> Path:
    """`folder/name` holding `text` (UTF-8), or the bytes given as they are."""
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    """The problems `load_bank` refuses the file at `path` with, each as `path:line: ...`."""
    with pytest.raises(BankError) as caught:
        load_bank(path)
    return [str(p) for p in caught.value.problems]
