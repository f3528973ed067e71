"""A session's progress in the words every screen and export uses (core/session/progress.py)."""

from __future__ import annotations

from interviewer.core.session import SessionConfig, clamp_notice, planned_count, questions_text


def test_skipped_questions_are_named_only_when_there_are_some() -> None:
    assert questions_text(4, 0, 4) == "4 answered of 4 planned"
    assert questions_text(3, 1, 4) == "3 answered, 1 skipped, of 4 planned"


def test_a_session_that_plans_every_question_asked_says_nothing() -> None:
    assert clamp_notice(5, 5) is None
    assert clamp_notice(5, 7) is None


def test_fewer_questions_than_asked_are_named_in_singular_and_plural() -> None:
    assert clamp_notice(10, 1) == "Only 1 question matches: this session asks 1, not 10."
    assert clamp_notice(10, 3) == "Only 3 questions match: this session asks 3, not 10."
    assert clamp_notice(10, 2, review=True) == (
        "Only 2 questions are due for review: this session asks 2, not 10."
    )


def test_an_older_review_session_is_bounded_by_its_chosen_questions() -> None:
    assert planned_count(SessionConfig("genai", count=10)) == 10
    assert planned_count(SessionConfig("genai", count=10, question_ids=("a", "b"))) == 2
