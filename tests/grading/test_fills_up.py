"""The thesaurus reads "fills up" as "full": "stops when its context window fills up" says what
the rubric's wrong claim "stops when the context window is full" says (genai-141, tunable)."""

from __future__ import annotations

import pytest

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader

_PLAN = (
    "ReAct means the agent writes a complete plan first, then executes all the actions in one "
    "batch at the end. "
)


@pytest.mark.parametrize(
    "claim",
    [
        "The agent stops when the context window fills up, the standard termination condition.",
        "It only stops once its context window has filled up.",
    ],
)
def test_a_window_that_fills_up_is_a_full_window(claim):
    bank = Catalog(None).find("genai")
    assert bank is not None
    grade = Grader(bank).grade(bank.get("genai-141"), _PLAN + claim)
    assert "stopping condition" in {c.concept for c in grade.contradictions}
