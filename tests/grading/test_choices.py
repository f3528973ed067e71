"""mc63: a multiple-choice question (the bank's `choices` and `answer`) is graded on the choice
the answer names (grading/choices.py). Before, the right "D: undefined and ReferenceError"
scored 25.8 (missing, restates_question) and "B" alone 0.0, since the choices' words are the
question's own. The bank is written for this test (no public text)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading.choices import named_choice

QUIZ = """\
id: quiz
title: Quiz
questions:
  - id: quiz-001
    prompt: |-
      What's the output?
      let a = 1; console.log(typeof b, a);
      - A: `number` and `1`
      - B: `string` and `1`
      - C: `object` and `1`
      - D: `undefined` and `1`
      Multiple choice: name your choice and say why.
    choices:
      - "`number` and `1`"
      - "`string` and `1`"
      - "`object` and `1`"
      - "`undefined` and `1`"
    answer: D
    references:
      - |-
        D: `undefined` and `1`.
        typeof on a name never declared gives "undefined" and throws nothing.
  - id: quiz-002
    prompt: What does typeof give for a name never declared?
    references:
      - The string "undefined"; typeof on an undeclared name throws no ReferenceError.
"""

TEXTS = ("`number` and `1`", "`string` and `1`", "`object` and `1`", "`undefined` and `1`")


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Bank:
    path = tmp_path_factory.mktemp("quiz") / "quiz.yaml"
    path.write_text(QUIZ, encoding="utf-8")
    return load_bank(path)


@pytest.fixture(scope="module")
def grader(bank: Bank):  # type: ignore[no-untyped-def]
    from interviewer.core.grading import Grader

    return Grader(bank)


@pytest.mark.parametrize(
    "answer",
    [
        "D",
        "d",
        "D:",
        "D.",
        "(D)",
        "**D**",
        "option D",
        "Choice: d",
        "the answer is D",
        "I think the answer is D, because b was never declared.",
        "D because b was never declared",
        "D: undefined and 1",
        "undefined and 1, since b was never declared",
    ],
)
def test_the_choice_named(answer: str) -> None:
    assert named_choice(answer, 4, TEXTS).letter == "D"


@pytest.mark.parametrize(
    "answer",
    [
        "A closure keeps its scope.",  # a word, not a choice
        "I am not sure",
        "the answer is a closure",  # a small 'a' after 'answer' is a word
        "E",  # no fifth choice
        "",
        "A or D",  # two letters: no clear choice
        "B/C",
        "option A, or maybe (C)",
    ],
)
def test_no_clear_choice(answer: str) -> None:
    assert named_choice(answer, 4, TEXTS).letter is None


def test_two_letters_are_told() -> None:
    assert named_choice("A or D", 4, TEXTS).letters == ("A", "D")


_FORMS = ("{}", "{}:", "({})", "option {}", "the answer is {}", "{}.", "choice {}")
_TAILS = st.lists(st.sampled_from(["because", "it", "is", "never", "declared", "so", "x"]))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("ABCD"), st.sampled_from(_FORMS), _TAILS)
def test_a_letter_in_every_form_is_found(letter: str, form: str, tail: list[str]) -> None:
    # "A" alone before a word is the article ("A closure ..."): the rule reads it only with
    # punctuation after it or at the end
    assume(not (letter == "A" and form == "{}" and tail))
    answer = " ".join([form.format(letter), *tail])
    assert named_choice(answer, 4, TEXTS).letter == letter


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=-3, max_value=12))
def test_the_reader_never_raises(answer: str, count: int) -> None:
    found = named_choice(answer, count, TEXTS)
    assert found.letter is None or found.letter in "ABCDEFGH"[: max(count, 0)]


def test_the_right_choice_passes(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
    question = bank.get("quiz-001")
    for answer in ("D", "D: undefined and 1", "(d)"):
        grade = grader.grade(question, answer)
        assert grade.passed and grade.score >= 80.0, answer
        assert grade.feedback[0] == "Choice D is right: `undefined` and `1`"
        assert grade.explanation[0].detail == "Choice D is right"
        assert "restates_question" not in grade.flags and "too_short" not in grade.flags


def test_a_wrong_choice_is_missing(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
    question = bank.get("quiz-001")
    for answer in ("A", "B: `string` and `1`, since typeof always gives a string"):
        grade = grader.grade(question, answer)
        assert grade.band == "missing" and grade.score <= 20.0, answer
        assert grade.feedback == (f"You chose {answer[0]}; the answer is D: `undefined` and `1`",)
        assert grade.missed == () and grade.matched == ()


def test_no_choice_is_said_and_graded_as_words(
    bank: Bank,
    grader,  # type: ignore[no-untyped-def]
) -> None:
    question = bank.get("quiz-001")
    answer = "typeof on a name never declared gives undefined and throws nothing"
    grade = grader.grade(question, answer)
    assert grade.feedback[0] == "Name one choice: A, B, C or D."
    words = grader.grade(
        question.__class__(question.id, question.prompt, question.reference_answers), answer
    )
    assert (grade.score, grade.band, grade.flags) == (words.score, words.band, words.flags)
    both = grader.grade(question, "A or D")
    assert both.feedback[0] == "Name one choice: A, B, C or D (you named A and D)."
    assert not both.passed


def test_grade_many_reads_the_choice_too(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
    question = bank.get("quiz-001")
    many = grader.grade_many([(question, "D"), (question, "A"), (question, "maybe")])
    assert many == [grader.grade(question, a) for a in ("D", "A", "maybe")]


def test_an_open_question_is_not_read(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
    grade = grader.grade(bank.get("quiz-002"), "D")
    assert not any("choice" in note.lower() for note in grade.feedback)
    assert all(part.signal != "choice" for part in grade.explanation)
