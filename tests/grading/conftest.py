"""Fixtures of the grading tests: the bundled genai bank, read from this checkout, and its
grader, made once per test module."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader

GENAI = Path(__file__).resolve().parents[2] / "banks" / "genai.yaml"


@pytest.fixture(scope="module")
def genai() -> Bank:
    return load_bank(GENAI)


@pytest.fixture(scope="module")
def genai_grader(genai: Bank) -> Grader:
    return Grader(genai)
