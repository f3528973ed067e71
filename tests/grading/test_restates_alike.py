"""play27 minor 7: the `restates_question` flag in reference mode (a teacher's own key). The
question said again word for word was flagged on "What does caching do to latency?" but not
on "What does an index do?" (its one content word counted as too few to restate), and a wrong
claim ("A cache raises latency.") was told it restated the question."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference

INDEX = ("What does an index do?", "An index speeds up reads, at the cost of slower writes.")
CACHE = (
    "What does caching do to latency?",
    "A cache lowers latency by serving repeated requests from fast memory.",
)


@pytest.mark.parametrize(
    "question, key, answer",
    [
        (*INDEX, "What does an index do?"),
        (*INDEX, "What an index does."),
        (*CACHE, "What does caching do to latency?"),
        (*CACHE, "Caching does something to latency."),
    ],
)
def test_the_question_said_again_is_flagged_however_few_its_words(
    question: str, key: str, answer: str
) -> None:
    grade = grade_reference(question, key, answer)
    assert "restates_question" in grade.flags, grade.flags
    assert grade.feedback[0] == "You restated the question; explain the answer instead."


def test_a_wrong_claim_is_told_it_is_wrong_not_that_it_restates_the_question() -> None:
    grade = grade_reference(*CACHE, "A cache raises latency.")
    assert "contradiction" in grade.flags
    assert "restates_question" not in grade.flags, grade.flags
    assert not any("restated the question" in note for note in grade.feedback)
    assert grade.band == "missing"


def test_a_word_of_the_key_the_question_does_not_use_is_no_restatement() -> None:
    grade = grade_reference(*INDEX, "Reads.")
    assert "restates_question" not in grade.flags
