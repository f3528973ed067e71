"""An alias of a concept about one subject of a contrast, found said of the other subject, is
no swap when the same words are also a phrase of a concept about that other subject, said of
it (true_of_both.py): words true of both subjects decide nothing. Found on a fresh-dev answer
to genai-164 ("they all share one set of keys" of multi-query attention read as grouped-query
attention's "groups of heads share keys"); the rubric below is this test's own."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader

SHARING = Question(
    id="t-both",
    prompt="How do multi-query and grouped-query attention differ?",
    reference_answers=(
        "Multi-query attention lets all query heads share one key and value head; grouped-query "
        "attention gives each group of query heads its own key and value head.",
    ),
    concepts=(
        Concept(
            "groups share",
            3,
            ("groups of heads share keys",),
            about=("GQA", "grouped-query attention"),
        ),
        Concept(
            "all share",
            3,
            ("all heads share one set of keys",),
            about=("MQA", "multi-query attention"),
        ),
    ),
)


def _swaps(answer: str) -> list[str]:
    grade = Grader(Bank("both", "Both", "1", (SHARING,))).grade(SHARING, answer)
    return [c.detail for c in grade.contradictions if "said of" in c.detail]


@pytest.mark.parametrize(
    "answer",
    [
        "With MQA there are many query heads and they all share one set of keys and values. "
        "GQA sits between.",
        "Multi-query attention keeps many query heads, but they all share one set of keys.",
    ],
)
def test_words_true_of_the_subject_they_are_said_of_are_no_swap(answer: str) -> None:
    assert _swaps(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        "In MQA, groups of heads share keys.",
    ],
)
def test_a_plain_swap_is_still_found(answer: str) -> None:
    assert _swaps(answer) == ["said of MQA, but it is true of GQA"]
