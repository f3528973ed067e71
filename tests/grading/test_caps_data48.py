"""The caps of grader 3.36 on answers of tests/data/blind_train.yaml that scored above them."""

from __future__ import annotations

import pytest

from interviewer.core.grading.scoring.rubric import CENTRAL_ERROR_CAP, NOTHING_DETECTED_CAP


@pytest.fixture(scope="module")
def graded(blind_graded):
    return blind_graded


def test_a_central_error_caps_the_grade_at_one(graded):
    """w48a-030 (genai-027, graded 0) was capped at 60 by grader 3.35."""
    row, grade = graded("w48a-030")
    assert row["grade"] == 0 and grade.contradictions
    assert grade.expected_grade == CENTRAL_ERROR_CAP == 1.0
    assert grade.score == 20.0 and grade.band == "missing"
    assert any(
        p.signal == "errors" and p.detail.startswith("capped at 20") for p in grade.explanation
    )


def test_an_answer_with_no_concept_detected_is_capped_at_two(graded):
    """w48b-021 (genai-108, graded 1, long) scored 64.5 on length alone: capped at 40. (w48a-008,
    this test's answer until fluff52, reaches no reference sentence and is capped at 20 now:
    test_unreached.py.)"""
    row, grade = graded("w48b-021")
    assert row["grade"] <= 1 and not grade.matched
    assert grade.score == 20 * NOTHING_DETECTED_CAP == 40.0 and not grade.passed
    assert any(p.signal == "nothing_detected" for p in grade.explanation)


def test_an_answer_with_a_concept_detected_is_not_capped_for_nothing(graded):
    row, grade = graded("w48a-003")  # a plain paraphrase, graded 5
    assert row["grade"] == 5 and grade.matched and grade.passed
    assert not any(p.signal == "nothing_detected" for p in grade.explanation)
