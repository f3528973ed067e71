"""Keys of two contrasted subjects (tests/data/ref_swaps42.csv: a stack and a queue, TCP and
UDP, arteries and veins, WHERE and HAVING, breadth- and depth-first search), with answers that
swap or turn around what the key says of each, and correct answers, written before the swap
check was read; graded as `interviewer grade` grades a CSV with a key."""

from __future__ import annotations

import csv
from pathlib import Path

from interviewer.core.grading import grade_reference
from interviewer.core.grading.reference_scoring import CAP

DATA = Path(__file__).parent.parent / "data"


def _graded() -> list[tuple[dict[str, str], float, bool]]:
    result = []
    for row in csv.DictReader((DATA / "ref_swaps42.csv").open(encoding="utf-8")):
        grade = grade_reference(row["question"], row["reference"], row["answer"])
        result.append((row, grade.score, bool(grade.contradictions)))
    return result


def test_no_correct_answer_is_contradicted_and_half_the_wrong_ones_are() -> None:
    graded = _graded()
    assert sum(row["kind"] == "wrong" for row, _, _ in graded) == 12
    for row, _, contradicted in graded:
        if row["kind"] == "correct":
            assert not contradicted, row["student"]
    caught = [score for row, score, found in graded if row["kind"] == "wrong" and found]
    assert len(caught) >= 7  # 3 before in_out_orders.py, 6 before turned_orders.py
    assert all(score <= CAP for score in caught)
