"""play65: "What to do next" named a self-rated question whose time ran out as "Why do we need
... memorization. time ran out." (the reason began in lower case, with nothing before it: a
self-rated answer has no score to name). It now says the rating first: "Self-rated 1/5; time
ran out.", and a reason always begins with a capital."""

from __future__ import annotations

import dataclasses

from interviewer.core.report import QuestionReport
from interviewer.core.report.next_steps import next_steps


def a_question(**changes: object) -> QuestionReport:
    question = QuestionReport(
        position=2, question_id="q2", prompt="Why do we need this list?", topic="t",
        topic_title="T", level="beginner", answer="a", score=None, band="self-rated",
        matched=(), missed=(), misconceptions=(), flags=(), seconds=20.0, time_limit=20,
        timed_out=True, skipped=False, feedback=(), reference_answer=None, grader_version=None,
    )  # fmt: skip
    return dataclasses.replace(question, **changes)


def test_a_self_rated_question_whose_time_ran_out_names_its_rating_first() -> None:
    """Fails on the base: the reason was "time ran out."."""
    [step] = next_steps([a_question(self_rating=1)], [], None)
    assert step.reason == "Self-rated 1/5; time ran out."


def test_a_reason_with_no_score_or_rating_still_begins_with_a_capital() -> None:
    """Fails on the base: "time ran out."."""
    [step] = next_steps([a_question(self_rating=None, band=None)], [], None)
    assert step.reason == "Time ran out."
