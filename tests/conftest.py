"""Shared fixtures: every test gets its own data dir, never the user's real one."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point INTERVIEWER_DATA_DIR at a fresh folder for every test."""
    folder = tmp_path / "interviewer-data"
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def mini_bank_path() -> Path:
    return DATA / "banks" / "mini.yaml"
