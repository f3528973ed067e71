"""Fixtures of the grading tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def grader(request: pytest.FixtureRequest):
    """The grader of the test module's own `BANK` (a module may define a `grader` of its own)."""
    from interviewer.core.grading import Grader

    return Grader(request.module.BANK)
