"""Teachers' keys, round 3 (tests/data/ref_keys46.csv, written with an intended grade per row
before the code they test): a key's ", which does not ..." comment, and the mechanisms behind
the weak spots left by ref44; graded as `interviewer grade` grades a CSV with a key."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from interviewer.core.grading import Grader, grade_reference
from interviewer.core.grading.reference_scoring import CAP, OFF_TOPIC_CAP
from interviewer.core.grading.relative_denials import comments, only_comments
from interviewer.core.grading.result import PASS_CUTOFF, Grade
from interviewer.core.grading.swaps import contrasted_pairs
from interviewer.core.grading.text import Text
from interviewer.core.grading.verbs import acts_in_key

DATA = Path(__file__).parent.parent / "data"

LINKED = "What is a linked list?"
LINKED_KEY = (
    "A linked list is a chain of nodes, each holding a pointer to the next, which does not "
    "need one contiguous block of memory."
)


def test_a_short_answer_to_a_key_with_a_comment_denial_is_no_opposite() -> None:
    # it says "memory", one word of what the key's comment denies: it had been read as saying
    # the opposite, -17.3 points and capped at 50
    grade = grade_reference(
        LINKED, LINKED_KEY, "It stores nodes scattered in memory, each pointing to the next."
    )
    assert grade.score >= PASS_CUTOFF
    assert not any(p.signal in ("negation", "negated") for p in grade.explanation)


@pytest.mark.parametrize(
    "answer", ["It needs one contiguous block of memory.", "It needs a contiguous block."]
)
def test_a_short_answer_saying_what_the_comment_denies_is_still_the_opposite(answer) -> None:
    grade = grade_reference(LINKED, LINKED_KEY, answer)
    assert grade.score <= CAP
    assert any(p.signal == "negation" for p in grade.explanation)


@pytest.mark.parametrize(
    ("key", "commented"),
    [
        (LINKED_KEY, True),
        ("Quicksort sorts in place, which merge sort cannot do.", False),  # "which" is no subject
        ("There is a path with A and B, which does not include C.", False),  # what exists
        ("UDP does not retransmit, which does not make it useless.", False),
        ("An object that is not reachable from the roots is garbage.", False),
        ("TCP retransmits lost segments. UDP does not.", False),
    ],
)
def test_only_comments(key: str, commented: bool) -> None:
    assert only_comments(Text.of(key)) is commented


def test_comments_finds_the_which_before_an_auxiliary() -> None:
    text = Text.of("Merge sort is stable, which is not true of quicksort.")
    assert comments(text, text.words.index("not"))


def _row(student: str) -> dict[str, str]:
    rows = csv.DictReader((DATA / "ref_keys46.csv").open(encoding="utf-8"))
    return next(r for r in rows if r["student"] == student)


def _graded(student: str) -> Grade:
    row = _row(student)
    return grade_reference(row["question"], row["reference"], row["answer"])


def test_subjects_the_question_contrasts_are_a_contrast_of_the_key() -> None:
    # "has its own address space" / "share its memory and open files" share no word: the
    # threads and processes said of each other had passed at 91.1
    grade = _graded("p03")
    assert grade.contradictions and grade.score <= OFF_TOPIC_CAP
    assert "swapped" in grade.contradictions[0].concept


@pytest.mark.parametrize("student", ["p01", "p02"])
def test_the_key_way_round_is_no_swap(student: str) -> None:
    assert not _graded(student).contradictions


def test_a_plural_subjects_verb_is_no_key_term() -> None:
    question = "What is the difference between a stack and a queue?"
    key = (
        "A stack is last in, first out: the newest item is removed first. A queue is first "
        "in, first out: items leave in the order they came."
    )
    names = [c.name for c in Grader(questions=[]).derive_key_terms(question, key)]
    assert "leave" not in names
    assert "last in, first out" in names


@pytest.mark.parametrize(
    ("words", "index", "verb"),
    [
        ("items leave in the order they came", 1, True),
        ("darker colors absorb more heat", 2, True),
        ("the users leave", 2, False),  # nothing follows: not read by this rule
        ("lists store items", 1, False),
    ],
)
def test_acts_in_key_after_a_plural(words: str, index: int, verb: bool) -> None:
    split = words.split()
    previous = split[index - 1]
    following = split[index + 1] if index + 1 < len(split) else ""
    assert acts_in_key(split, index, previous, following) is verb


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("What is the difference between a process and a thread?", ("process", "thread")),
        ("Compare TCP vs UDP.", ("tcp", "udp")),
        ("How do breadth-first search and depth-first search differ?", ("breadth", "depth")),
    ],
)
def test_contrasted_pairs(question: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in contrasted_pairs(Text.of(question))


@pytest.mark.parametrize(
    "question",
    [
        # one name: devset d1013 had been read as saying "model" and "alignment" swapped
        "What is model alignment?",
        "What does a hash table do when two keys hash to the same bucket?",
    ],
)
def test_no_contrasted_pairs(question: str) -> None:
    assert not contrasted_pairs(Text.of(question))
