"""A misconception said as the condition of a sentence ("if you need hundreds of examples,
fine-tune") is supposed, not claimed; said plainly it is still found."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def test_a_statement_after_if_in_its_clause_is_supposed() -> None:
    s = structure("If the task has thousands of examples, fine-tuning wins")
    assert s.framed([s.text.words.index("thousands")])
    assert not s.framed([s.text.words.index("wins")])
    s = structure("Fine-tuning wins, unless the data is tiny")
    assert s.framed([s.text.words.index("tiny")])


def test_a_plain_statement_is_not_supposed() -> None:
    s = structure("The task has thousands of examples, so fine-tuning wins")
    assert not s.framed([s.text.words.index("thousands")])


@given(st.lists(st.sampled_from("the model has many examples and it wins".split()), max_size=8))
def test_nothing_before_an_if_in_the_sentence_is_supposed(words: list[str]) -> None:
    s = structure(" ".join([*words, "if", "it", "fits"]))
    assert not any(s.framed([i]) for i in range(len(words)))
    assert s.framed([len(words) + 1])


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        (
            "Few-shot prompting shows a few examples; if you have thousands of examples, "
            "fine-tuning is better.",
            False,
        ),
        ("Few-shot prompting needs thousands of examples to work.", True),
    ],
)
def test_a_supposed_misconception_is_not_held_against_the_answer(
    answer: str, flagged: bool, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-053"), answer)
    assert bool(grade.misconceptions) is flagged
