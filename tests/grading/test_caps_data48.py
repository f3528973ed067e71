"""The caps of grader 3.36 on answers of tests/data/blind_train.yaml that scored above them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.scoring.rubric import CENTRAL_ERROR_CAP, NOTHING_DETECTED_CAP

BLIND = Path(__file__).resolve().parent.parent / "data" / "blind_train.yaml"


@pytest.fixture(scope="module")
def graded():
    rows = {a["id"]: a for a in yaml.safe_load(BLIND.read_text(encoding="utf-8"))["answers"]}
    bank = Catalog(None).find("genai")
    grader = Grader(bank)

    def grade(answer_id: str):
        row = rows[answer_id]
        return row, grader.grade(bank.get(row["question_id"]), row["answer"])

    return grade


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
    """w48a-008 (genai-007, graded 1, long and vague) scored 64.5 on length alone at 3.35."""
    row, grade = graded("w48a-008")
    assert row["grade"] <= 1 and not grade.matched
    assert grade.score == 20 * NOTHING_DETECTED_CAP == 40.0 and not grade.passed
    assert any(p.signal == "nothing_detected" for p in grade.explanation)


def test_an_answer_with_a_concept_detected_is_not_capped_for_nothing(graded):
    row, grade = graded("w48a-003")  # a plain paraphrase, graded 5
    assert row["grade"] == 5 and grade.matched and grade.passed
    assert not any(p.signal == "nothing_detected" for p in grade.explanation)
