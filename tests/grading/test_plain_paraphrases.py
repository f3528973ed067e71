"""Plain-language answers (tests/data/plain_paraphrases.yaml): correct ones written without the
field's terms pass, and the fluent wrong control of each question does not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader

DATA = Path(__file__).resolve().parent.parent / "data" / "plain_paraphrases.yaml"


@pytest.fixture(scope="module")
def scores() -> list[tuple[str, str, float]]:
    bank = Catalog(None).find("genai")
    grader = Grader(bank)
    answers = yaml.safe_load(DATA.read_text(encoding="utf-8"))["answers"]
    return [
        (a["question_id"], a["kind"], grader.grade(bank.get(a["question_id"]), a["answer"]).score)
        for a in answers
    ]


def test_plain_correct_answers_mostly_pass(scores: list[tuple[str, str, float]]) -> None:
    correct = [s for _, kind, s in scores if kind != "wrong"]
    assert len(correct) == 117
    # 88 passed before the aliases of paraG were written for them, 107 after
    assert sum(s >= 70 for s in correct) >= 104
    assert sum(correct) / len(correct) >= 84


def test_the_fluent_wrong_controls_do_not_pass(scores: list[tuple[str, str, float]]) -> None:
    wrong = {qid: s for qid, kind, s in scores if kind == "wrong"}
    assert len(wrong) == 39
    assert all(s < 70 for s in wrong.values()), {q: s for q, s in wrong.items() if s >= 70}
    assert sum(wrong.values()) / len(wrong) <= 30
