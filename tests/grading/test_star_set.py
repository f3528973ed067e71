"""STAR grading against the hand-graded behavioural answers of tests/data/star_answers.yaml.

The set was written and graded before the grader read content (grader 3.10: Spearman 0.535 on
train, 0.282 on test; a filler story scored 100). The test split was not tuned on. s42-s55 were
added before the grader read hypothetical answers (play26): 8 'hypothetical', 6 real stories
ending with a 'next time I would' reflection.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.bank import load_bank
from interviewer.core.grading import Grade
from interviewer.core.grading.star import grade_star

ROOT = Path(__file__).resolve().parents[2]
ROWS = yaml.safe_load((ROOT / "tests/data/star_answers.yaml").read_text(encoding="utf-8"))[
    "answers"
]


@pytest.fixture(scope="module")
def graded() -> list[tuple[dict, Grade]]:
    bank = load_bank(ROOT / "banks" / "behavioural.yaml")
    return [(row, grade_star(bank.get(row["question_id"]), row["answer"])) for row in ROWS]


@pytest.fixture(scope="module")
def scored(graded) -> list[tuple[dict, float]]:
    return [(row, grade.score) for row, grade in graded]


def test_the_set_is_well_formed() -> None:
    assert len(ROWS) >= 40 and len({r["id"] for r in ROWS}) == len(ROWS)
    test = [r for r in ROWS if r["split"] == "test"]
    assert len(ROWS) / 4 < len(test) < len(ROWS) / 2
    assert all(r["grade"] in range(6) and r["split"] in ("train", "test") for r in ROWS)


@pytest.mark.parametrize(("split", "least"), [("train", 0.9), ("test", 0.85)])
def test_scores_rank_as_the_grades_do(scored, split: str, least: float) -> None:
    from scipy.stats import spearmanr

    part = [(row["grade"], score) for row, score in scored if row["split"] == split]
    rho = spearmanr([s for _, s in part], [g for g, _ in part]).statistic
    assert rho >= least, f"{split}: Spearman {rho:.3f}"


def test_every_filler_story_is_missing(scored) -> None:
    over = [(row["id"], score) for row, score in scored if row["kind"] == "filler" and score > 20]
    assert not over


def test_every_complete_story_in_plain_prose_passes(scored) -> None:
    under = [
        (row["id"], score)
        for row, score in scored
        if row["kind"] == "complete_prose" and score < 70
    ]
    assert not under


def test_every_hypothetical_answer_is_flagged_and_missing(graded) -> None:
    """play26: "In general I would talk to everyone ..." got a Reflection and no remark."""
    wrong = [
        (row["id"], grade.score)
        for row, grade in graded
        if row["kind"] == "hypothetical" and ("hypothetical" not in grade.flags or grade.score > 20)
    ]
    assert not wrong


def test_no_told_story_is_flagged_hypothetical(graded) -> None:
    """A real story ending "next time I would ..." is not hypothetical, nor is any other kind."""
    flagged = [
        row["id"]
        for row, grade in graded
        if row["kind"] != "hypothetical" and "hypothetical" in grade.flags
    ]
    assert not flagged
