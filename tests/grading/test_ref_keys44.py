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
from interviewer.core.grading.relative_denials import key_polarity
from interviewer.core.grading.result import PASS_CUTOFF, Grade
from interviewer.core.grading.text import Text

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


@pytest.mark.parametrize("student", ["g02"])
def test_a_concise_answer_to_a_key_with_a_restricting_not_passes(graded, student: str) -> None:
    # "an object that is not reachable from the roots is garbage": the "not" picks the objects;
    # read as the key's polarity it had taken 17 points and capped the answer at 50
    grade = graded[student][1]
    assert grade.score >= PASS_CUTOFF
    assert not any(p.signal in ("negation", "negated") for p in grade.explanation)


def test_tcp_concise_answer_passes(graded43) -> None:
    # ref_keys43 t03: 50.0 before ("... retransmits a segment whose acknowledgement does not
    # arrive before a timeout")
    assert graded43["t03"][1].score >= PASS_CUTOFF


def test_a_key_whose_not_is_the_claim_still_caps_the_answer_without_it(graded) -> None:
    # "UDP does not retransmit a datagram that is lost": the main clause denies
    grade = graded["u02"][1]
    assert grade.score <= CAP
    assert any(p.signal in ("negation", "negated") for p in grade.explanation)


@pytest.mark.parametrize(
    ("key", "polarity"),
    [
        ("TCP retransmits a segment whose acknowledgement does not arrive before a timeout.", None),
        ("An object that is not reachable from the roots is garbage.", None),
        ("Evicting a page that is not being used.", None),
        ("UDP does not retransmit a datagram that is lost.", True),
        # SemEval-2013 Beetle train keys: the relative clause hangs on "is" / "there is"
        ("the battery is contained in a path in which there is no bulb", True),
        ("There is a closed path with A and B that C is not in.", True),
        ("There is a path with B and C that does not include X", True),
        ("A non-zero voltage means that the terminals are not connected.", True),
        ("A stack is last in, first out.", False),
        # "WHERE" is a name, not a relative word (ref_swaps42 w02 had been read so)
        ("HAVING filters groups, so HAVING can use COUNT and WHERE cannot.", True),
    ],
)
def test_key_polarity(key: str, polarity: bool | None) -> None:
    assert key_polarity(Text.of(key)) is polarity
