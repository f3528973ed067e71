"""A count of documents or meetings is no measured result (star/paperwork.py, star66)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Question
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star.paperwork import counts_paperwork
from interviewer.core.grading.star.parts import _QUANTITY

AUDIT = Question("q", "Tell me about a time you missed a deadline.", (), rubric="star")


def _counts(clause: str) -> bool:
    quantity = _QUANTITY.search(clause)
    assert quantity is not None
    return counts_paperwork(clause, quantity)


@pytest.mark.parametrize(
    "clause",
    [
        "I wrote three reports",
        "we held six meetings over two months",
        "The result was three design documents",
        "we wrote a twelve-page document describing the process",
        "two reports were updated",
    ],
)
def test_a_count_of_documents_or_meetings_is_paperwork(clause: str) -> None:
    assert _counts(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "support calls fell from 40 to 12 a week",
        "we cut the weekly meetings to two",
        "no meetings were needed",
        "three customers renewed",
        "the report now takes ten minutes instead of two hours",
        "the page was up again in twenty minutes",
    ],
)
def test_a_change_in_a_count_or_a_count_of_something_else_is_left_alone(clause: str) -> None:
    assert not _counts(clause)


def test_a_story_ending_on_reports_written_has_no_measurable_result() -> None:
    story = (
        "At my last company we had to finish a vendor review by the end of March, and we missed "
        "it. I was the lead on the review. I called the vendors and I collected their answers. "
        "In the end I produced four reports and we held seven meetings with legal."
    )
    grade = grade_star(AUDIT, story)
    assert "Measurable result" in grade.missed
    assert "Result" in {m.concept for m in grade.matched}


def test_a_count_that_changed_is_still_a_measurable_result() -> None:
    story = (
        "At my last company our support team missed its reply deadline every week. I was the "
        "lead on it. I wrote answers for the ten most common questions and I put them in the "
        "help page. In the end support calls fell from 40 to 12 a week."
    )
    grade = grade_star(AUDIT, story)
    found = {m.concept: m for m in grade.matched}
    assert found["Measurable result"].alias == "from 40 to 12"


def test_the_advice_says_why_a_count_of_reports_is_no_measurable_result() -> None:
    story = (
        "At my last company we had to finish a vendor review by the end of March, and we missed "
        "it. I was the lead on the review. I called the vendors and I collected their answers. "
        "In the end I produced four reports and we held seven meetings with legal."
    )
    assert (
        "\u201cfour reports\u201d counts what was produced, not what changed: put a number on the "
        "result (time saved, % change, errors, customers, money)."
    ) in grade_star(AUDIT, story).feedback
