"""Fixtures of the grading tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def grader(request: pytest.FixtureRequest):
    """The grader of the test module's own `BANK` (a module may define a `grader` of its own)."""
    from interviewer.core.grading import Grader

    return Grader(request.module.BANK)


@pytest.fixture(scope="module")
def blind_graded():
    """Grades an answer of tests/data/blind_train.yaml, by its id, with the bundled genai bank:
    returns (its row, its grade)."""
    from pathlib import Path

    import yaml

    from interviewer.core.catalog import Catalog
    from interviewer.core.grading import Grader

    path = Path(__file__).resolve().parent.parent / "data" / "blind_train.yaml"
    rows = {a["id"]: a for a in yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]}
    bank = Catalog(None).find("genai")
    grader = Grader(bank)

    def grade(answer_id: str):
        row = rows[answer_id]
        return row, grader.grade(bank.get(row["question_id"]), row["answer"])

    return grade
