"""lead62: two wrong train-blind answers that review62's narrowed lines let through (found by
the lead's bench on the merged tree: train-blind QWK 0.852 -> 0.834), caught again by lines that
say the wrong claim whole, while review62's true sentences stay unflagged.

- w48a-017 (genai-015, graded 0: "companies have to train a separate model from scratch for
  every task") scored 100.0 `strong` once 'separate model for every task' was narrowed to
  'needs a separate model for every task': 'have to train a separate model for every task'.
- w48a-078 (genai-085, graded 0: "replacing each pretrained weight matrix with a low-rank
  approximation") lost its 'replaces the weight matrix' catch (11.3 -> 20.0):
  'replaces the (pretrained) weight matrix with a low-rank approximation'.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def graded(genai: Bank, genai_grader: Grader):
    return lambda qid, answer: genai_grader.grade(genai.get(qid), answer)


def _blind(answer_id: str) -> tuple[str, str]:
    rows = yaml.safe_load((ROOT / "tests" / "data" / "blind_train.yaml").read_text("utf-8"))
    row = next(r for r in rows["answers"] if r["id"] == answer_id)
    return row["question_id"], row["answer"]


@pytest.mark.parametrize("answer_id", ["w48a-017", "w48a-078"])
def test_the_wrong_blind_answer_is_caught_again(graded, answer_id: str) -> None:
    grade = graded(*_blind(answer_id))
    assert grade.band == "missing", grade.score
    assert any(
        "separate model" in c.evidence[0] or "low-rank approximation" in c.evidence[0]
        for c in grade.contradictions
    ), grade.contradictions


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-015", "Companies have to train a separate model for every task."),
        ("genai-085", "LoRA replaces each weight matrix with a low-rank approximation."),
    ],
)
def test_the_bare_wrong_claim_is_caught(graded, qid: str, answer: str) -> None:
    assert graded(qid, answer).contradictions


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        (
            "genai-015",
            "Classic machine learning needed one model per task, while a foundation model can be "
            "adapted to many.",
        ),
        (
            "genai-015",
            "Before, companies built a separate model for every task; now one foundation model "
            "does many jobs.",
        ),
        (
            "genai-015",
            "Before foundation models, teams had to train a separate model for every task; now "
            "one model does many jobs.",
        ),
        (
            "genai-085",
            "After training you compute W plus BA, which replaces the weight matrix, so there is "
            "no extra latency.",
        ),
    ],
)
def test_the_true_sentence_stays_unflagged(graded, qid: str, answer: str) -> None:
    grade = graded(qid, answer)
    assert not grade.contradictions and not grade.misconceptions, grade.contradictions
