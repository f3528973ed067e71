"""Teachers' keys, round 2 (tests/data/ref_keys44.csv, written before the code they test, and
ref_keys43.csv's labelled notes): labelled notes, a key's "not" in a relative clause, a side
whose subject is a verb of the key, stems of "goes"; graded as `interviewer grade` grades a
CSV with a key."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.labelled_notes import labelled_notes
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.result import PASS_CUTOFF, Grade

DATA = Path(__file__).parent.parent / "data"


def _rows(name: str) -> dict[str, tuple[dict[str, str], Grade]]:
    result = {}
    for row in csv.DictReader((DATA / name).open(encoding="utf-8")):
        grade = grade_reference(row["question"], row["reference"], row["answer"])
        result[row["student"]] = (row, grade)
    return result


@pytest.fixture(scope="module")
def graded() -> dict[str, tuple[dict[str, str], Grade]]:
    return _rows("ref_keys44.csv")


@pytest.fixture(scope="module")
def graded43() -> dict[str, tuple[dict[str, str], Grade]]:
    return _rows("ref_keys43.csv")


@pytest.mark.parametrize("student", ["q03", "b02"])
def test_labelled_notes_are_no_string_of_terms(graded43, student: str) -> None:
    # "Stack: last in first out. Queue: first in first out." and "BFS: queue, level by level.
    # DFS: stack, deep first." had been flagged as strings of terms, capped at 50
    grade = graded43[student][1]
    assert "keyword_list" not in grade.flags
    assert grade.score >= PASS_CUTOFF


@pytest.mark.parametrize("student", ["a04", "m05"])
def test_bare_terms_after_a_label_are_still_a_string_of_terms(graded, student: str) -> None:
    grade = graded[student][1]
    assert "keyword_list" in grade.flags and grade.score <= CAP


def test_labelled_notes_swapped_are_contradicted(graded, graded43) -> None:
    # "DFS: queue, level by level. BFS: stack, deep first." had been read as a string of terms
    # (50.0), and unflagged it would pass; the quicksort / merge sort notes swapped had 79.9
    for grade in (graded43["b05"][1], graded["m04"][1]):
        assert grade.contradictions and grade.score <= CAP


@pytest.mark.parametrize(
    "answer",
    [
        "Stack: last in first out. Queue: first in first out.",
        "Page fault: the OS loads the page from disk and restarts the instruction.",
    ],
)
def test_labelled_notes(answer: str) -> None:
    assert labelled_notes(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Array: memory index constant. List: nodes pointer head.",
        "Stack: push pop peek.",
        "Stack is LIFO, queue is FIFO.",
        "A stack: last in first out. And a queue is first in first out.",
    ],
)
def test_no_labelled_notes(answer: str) -> None:
    assert not labelled_notes(answer)
