"""Shared by the grading tests: what a grade found, in the words the tests check."""

from __future__ import annotations

from interviewer.core.grading import Grade


def matched_concepts(grade: Grade) -> set[str]:
    """The names of the concepts `grade` found said."""
    return {m.concept for m in grade.matched}
