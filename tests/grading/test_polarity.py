"""Reference mode: what the answer key denies of a subject, said plainly of it, is a wrong
claim (polarity.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from wrong_claims import answers_of, assert_quoted_verbatim_and_capped

from interviewer.core.grading import grade_reference
from interviewer.core.grading.opposed_sides import NOT
from interviewer.core.grading.polarity import key_sides
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.text import Text

GIL = "Explain what the GIL is."
GIL_KEY = (
    "The Global Interpreter Lock lets only one thread execute Python bytecode at a time, so "
    "CPU-bound threads do not run in parallel; I/O-bound threads still benefit because the "
    "lock is released while waiting. Use multiprocessing for CPU-bound work."
)
HASH = "Can a Python list be a dictionary key?"
HASH_KEY = "A list is not hashable, so it cannot be a dictionary key. A tuple of numbers is."


def _turned(prompt: str, key: str, answer: str) -> list[str]:
    grade = grade_reference(prompt, key, answer)
    return [c.evidence[0] for c in grade.contradictions if "other way round" in c.concept]


def test_a_key_side_marks_what_its_negation_reaches() -> None:
    sides = key_sides(Text.of(GIL_KEY), frozenset())
    cpu = next(s for s in sides if s.subject == "cpu-bound")
    assert cpu.said == frozenset({"thread", NOT + "run", NOT + "parallel"})


@pytest.mark.parametrize(
    ("prompt", "key", "answer", "evidence"),
    [
        # play28 B1: this reversed answer scored 90.5 strong
        (
            GIL,
            GIL_KEY,
            "The Global Interpreter Lock lets many threads execute Python bytecode at the same "
            "time, so CPU-bound threads run in parallel; I/O-bound threads do not benefit. Use "
            "threads rather than multiprocessing for CPU-bound work.",
            "CPU-bound threads run in parallel",
        ),
        (HASH, HASH_KEY, "A list is hashable, so lists make good dictionary keys.", None),
    ],
)
def test_what_the_key_denies_said_plainly_is_caught_and_cannot_pass(
    prompt: str, key: str, answer: str, evidence: str | None
) -> None:
    turned = _turned(prompt, key, answer)
    assert turned, answer
    if evidence is not None:
        assert evidence in turned
    assert all(e in answer for e in turned)
    grade = grade_reference(prompt, key, answer)
    assert grade.score <= CAP and not grade.passed


@pytest.mark.parametrize(
    ("prompt", "key", "answer"),
    [
        (GIL, GIL_KEY, GIL_KEY),
        (
            GIL,
            GIL_KEY,
            "It is a mutex in CPython so only one thread runs Python code at once. CPU-bound "
            "threads can't run in parallel, but they still help when waiting on the network.",
        ),
        # said the key's way too: the plain one is an aside
        (
            GIL,
            GIL_KEY,
            "People think CPU-bound threads run in parallel, but CPU-bound threads do not run "
            "in parallel under the GIL.",
        ),
        # the key states it and the answer denies something else: not read (see polarity.py)
        (HASH, HASH_KEY, "A list is not hashable; a tuple of numbers is, so it can be a key."),
    ],
)
def test_what_is_not_a_turned_denial_is_not_flagged(prompt: str, key: str, answer: str) -> None:
    assert _turned(prompt, key, answer) == []


@settings(max_examples=100, deadline=None)
@given(answers_of("CPU-bound threads do not run in parallel it they GIL lock not no never and"))
def test_any_text_is_read_without_error_and_quoted_verbatim(answer: str) -> None:
    assert_quoted_verbatim_and_capped(grade_reference(GIL, GIL_KEY, answer), answer)


def test_a_denial_under_a_condition_is_not_read() -> None:
    """Mohler 2.4, graded 5 of 5: the key's denial holds only "if a constructor is defined"."""
    key = (
        "If no constructor is provided, the compiler provides one by default. If a constructor "
        "is defined for a class, the compiler does not create a default constructor."
    )
    answer = "The compiler creates a default constructor when we do not define one in our class."
    assert _turned("When does C++ create a default constructor?", key, answer) == []
