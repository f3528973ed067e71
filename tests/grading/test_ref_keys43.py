"""Teachers' keys graded in reference mode (tests/data/ref_keys43.csv: a stack and a queue,
BFS and DFS, TCP's reliability, processes and threads, primary and foreign keys, GET and
POST), with correct, concise, swapped, wrong, one-word answers and strings of terms, written
before the code they test; graded as `interviewer grade` grades a CSV with a key."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.reference_scoring import CAP, OFF_TOPIC_CAP
from interviewer.core.grading.result import PASS_CUTOFF, Grade
from interviewer.core.grading.word_forms import other_forms

DATA = Path(__file__).parent.parent / "data"
STACK_KEY = (
    "A stack is last in, first out (LIFO): the last item pushed is the first popped; a queue is "
    "first in, first out (FIFO)."
)
STACK_QUESTION = "What is the difference between a stack and a queue?"
TCP_KEY = "TCP is reliable: it acknowledges segments and retransmits lost ones after a timeout."
TCP_QUESTION = "How does TCP make delivery reliable?"


def _rows() -> dict[str, tuple[dict[str, str], Grade]]:
    result = {}
    for row in csv.DictReader((DATA / "ref_keys43.csv").open(encoding="utf-8")):
        keywords = [k.strip() for k in row["keywords"].split(";") if k.strip()] or None
        grade = grade_reference(row["question"], row["reference"], row["answer"], keywords=keywords)
        result[row["student"]] = (row, grade)
    return result


@pytest.fixture(scope="module")
def graded() -> dict[str, tuple[dict[str, str], Grade]]:
    return _rows()


def test_no_correct_or_concise_answer_is_contradicted(graded) -> None:
    for student, (row, grade) in graded.items():
        if row["kind"] in ("correct", "concise"):
            assert not grade.contradictions, student


def test_a_concise_answer_that_states_both_sides_of_the_key_passes(graded) -> None:
    # "Stack is LIFO, queue is FIFO." had scored 59.8: 27 points off for its length
    assert graded["q02"][1].score >= PASS_CUTOFF
    assert any(p.signal == "concise" for p in graded["q02"][1].explanation)
    # one word still cannot pass, nor the same contrast swapped
    assert graded["q05"][1].score <= OFF_TOPIC_CAP
    assert graded["q04"][1].score <= OFF_TOPIC_CAP


def test_lifo_matches_a_key_that_spells_it_out() -> None:
    # ref_swaps42's key writes "last in, first out" and never "LIFO": 21.0 before
    key = (
        "A stack is last in, first out: the item pushed most recently is the first one popped. "
        "A queue is first in, first out: items leave in the same order they arrived."
    )
    grade = grade_reference(STACK_QUESTION, key, "Stack is LIFO, queue is FIFO.")
    assert grade.score >= PASS_CUTOFF
    swapped = grade_reference(STACK_QUESTION, key, "Stack is FIFO, queue is LIFO.")
    assert swapped.contradictions and swapped.score <= OFF_TOPIC_CAP


@pytest.mark.parametrize("student", ["b03", "b04"])
def test_bfs_and_dfs_swapped_are_contradicted(graded, student: str) -> None:
    # 85.8 and 74.4 before: the two searches' sides share no word ("uses a queue" / "uses a
    # stack"), and b04 names them by their initials
    grade = graded[student][1]
    assert grade.contradictions and grade.score <= CAP


def test_bfs_and_dfs_said_right_pass(graded) -> None:
    assert graded["b01"][1].score >= PASS_CUTOFF
    assert not graded["b01"][1].contradictions


@pytest.mark.parametrize("student", ["t04", "t05"])
def test_three_terms_are_a_string_of_terms(graded, student: str) -> None:
    assert "keyword_list" in graded[student][1].flags
    assert graded[student][1].score <= CAP


def test_three_words_with_a_verb_are_no_string_of_terms() -> None:
    grade = grade_reference(TCP_QUESTION, TCP_KEY, "TCP retransmits segments.")
    assert "keyword_list" not in grade.flags


@pytest.mark.parametrize("keywords", [None, ["retransmits", "acknowledges"]])
def test_a_key_terms_noun_and_verb_match(keywords: list[str] | None) -> None:
    answer = "Retransmission of lost segments after a timeout, and acknowledgement of segments."
    grade = grade_reference(TCP_QUESTION, TCP_KEY, answer, keywords=keywords)
    assert {"retransmits", "acknowledges"} <= {m.concept for m in grade.matched}


def test_other_forms() -> None:
    assert other_forms("retransmits") == ("retransmission",)
    assert other_forms("retransmitted") == ("retransmission",)
    assert other_forms("retransmission") == ("retransmits",)
    assert other_forms("acknowledgement") == ("acknowledges",)
    assert other_forms("acknowledged") == ("acknowledgement",)
    for word in ("commits", "limits", "states", "statement", "storage", "mission"):
        assert other_forms(word) == (), word
