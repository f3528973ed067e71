"""A submitted answer and its grade (core/interview/answers.py): a skipped question's grade, a
grade stored over another, and a session's answers saved ungraded graded afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import (
    SKIPPED_FLAG,
    InterviewRun,
    grade_ungraded,
    skipped_grade,
    store_grade,
)
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def bank() -> Bank:
    return load_bank(DATA / "banks" / "mini.yaml")


def started(bank: Bank, store: Store) -> InterviewRun:
    config = SessionConfig(bank_id="mini", count=3, seed=1)
    return InterviewRun.start(
        bank=bank, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )


def test_a_skipped_question_scores_zero_with_every_concept_missed(bank: Bank) -> None:
    question = next(q for q in bank if q.concepts)
    grade = skipped_grade(question)
    assert (grade.score, grade.band, grade.flags) == (0.0, "missing", (SKIPPED_FLAG,))
    assert set(grade.missed) == {c.name for c in question.concepts}
    assert grade.question_id == question.id


def test_a_skipped_question_lists_its_concepts_weightiest_first_as_a_graded_one_does(
    bank: Bank,
) -> None:
    """'What to do next' names the first missed concepts: a skipped PPO question named the
    weight-1 'Schulman OpenAI 2017' first because the rubric lists it there."""
    question = next(
        q
        for q in bank
        if [c.weight for c in q.concepts] != sorted((c.weight for c in q.concepts), reverse=True)
    )
    weights = {c.name: c.weight for c in question.concepts}
    missed = skipped_grade(question).missed
    assert [weights[name] for name in missed] == sorted(weights.values(), reverse=True)


def test_a_grade_stored_over_another_keeps_the_first_in_its_history(bank: Bank) -> None:
    store = Store.open(":memory:")
    run = started(bank, store)
    question = run.next_question()
    assert question is not None
    graded = run.grade(run.submit(question.reference_answers[0]))
    assert graded.grade is not None
    store_grade(store, graded.answer.id, skipped_grade(question))
    [answer] = store.answers(run.session.id)
    assert answer.score == 0.0 and answer.band == "missing"
    [earlier] = store.grade_histories(run.session.id)[answer.id]
    assert earlier.score == graded.grade.score


def test_only_the_answers_saved_ungraded_are_graded_afterwards(bank: Bank) -> None:
    store = Store.open(":memory:")
    run = started(bank, store)
    first = run.next_question()
    assert first is not None
    run.submit(first.reference_answers[0])  # saved, never graded
    run.next_question()
    run.submit("", skipped=True)
    assert grade_ungraded(store, run.session.id, bank, grader_for(bank)) == 1
    answers = store.answers(run.session.id)
    assert answers[0].score is not None and answers[0].grader_version
    assert answers[1].score == 0.0 and answers[1].skipped
    assert grade_ungraded(store, run.session.id, bank, grader_for(bank)) == 0
