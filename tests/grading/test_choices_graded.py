"""How a multiple-choice answer is graded once its choice is read (grading/choices/graded.py).
mc63: before, the right "D: undefined and ReferenceError" scored 25.8 (missing,
restates_question) and "B" alone 0.0, since the choices' words are the question's own. mc64: a
wrong choice scores 0 whatever its words, a right choice is told it is right (the key's reason
only when the candidate's words do not pass, no key words listed as missed). The banks are
written for this test (no public text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading.choices.graded import WRONG_SCORE, key_reason

if TYPE_CHECKING:
    from interviewer.core.grading import Grader

LETTERED_QUIZ = """\
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


NUMBERED_QUIZ = """\
id: quiz
title: Quiz
questions:
  - id: quiz-001
    prompt: |-
      What is the output of below code
      console.log(typeof null);
      - 1: null
      - 2: object
      - 3: undefined
      Multiple choice: name your choice and say why.
    choices: ["null", "object", "undefined"]
    answer: 2
    references:
      - |-
        2: object.
        typeof null gives "object", a leftover of the first implementation where null was a
        zero pointer tagged as an object. It is a known quirk.
  - id: quiz-002
    prompt: |-
      Which phase runs first?
      - A: Bubbling
      - B: Capturing
    choices: [Bubbling, Capturing]
    answer: A
    references:
      - A. Bubbling is the default for listeners added without the capture option.
"""


Quizzes = dict[str, tuple[Bank, "Grader"]]
"""Each quiz's bank and grader: "lettered" (LETTERED_QUIZ) and "numbered" (NUMBERED_QUIZ)."""


@pytest.fixture(scope="module")
def quizzes(tmp_path_factory: pytest.TempPathFactory) -> Quizzes:
    from interviewer.core.grading import Grader

    built: Quizzes = {}
    for name, text in (("lettered", LETTERED_QUIZ), ("numbered", NUMBERED_QUIZ)):
        path = tmp_path_factory.mktemp(name) / "quiz.yaml"
        path.write_text(text, encoding="utf-8")
        bank = load_bank(path)
        built[name] = (bank, Grader(bank))
    return built


# -- lettered choices (mc63) ------------------------------------------------------------------


def test_the_right_choice_passes(quizzes: Quizzes) -> None:
    bank, grader = quizzes["lettered"]
    question = bank.get("quiz-001")
    for answer in ("D", "D: undefined and 1", "(d)"):
        grade = grader.grade(question, answer)
        assert grade.passed and grade.score >= 80.0, answer
        assert grade.feedback[0] == "Choice D is right: `undefined` and `1`"
        assert grade.explanation[0].detail == "Choice D is right"
        assert "restates_question" not in grade.flags and "too_short" not in grade.flags


def test_a_wrong_choice_is_missing(quizzes: Quizzes) -> None:
    bank, grader = quizzes["lettered"]
    question = bank.get("quiz-001")
    for answer in ("A", "B: `string` and `1`, since typeof always gives a string"):
        grade = grader.grade(question, answer)
        assert grade.band == "missing" and grade.score <= 20.0, answer
        assert grade.feedback == (f"You chose {answer[0]}; the answer is D: `undefined` and `1`",)
        assert grade.missed == () and grade.matched == ()


def test_no_choice_is_said_and_graded_as_words(quizzes: Quizzes) -> None:
    bank, grader = quizzes["lettered"]
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


def test_grade_many_reads_the_choice_too(quizzes: Quizzes) -> None:
    bank, grader = quizzes["lettered"]
    question = bank.get("quiz-001")
    many = grader.grade_many([(question, "D"), (question, "A"), (question, "maybe")])
    assert many == [grader.grade(question, a) for a in ("D", "A", "maybe")]


def test_an_open_question_is_not_read(quizzes: Quizzes) -> None:
    bank, grader = quizzes["lettered"]
    grade = grader.grade(bank.get("quiz-002"), "D")
    assert not any("choice" in note.lower() for note in grade.feedback)
    assert all(part.signal != "choice" for part in grade.explanation)


# -- numbered choices, the key's reason, the flags dropped (mc64) -----------------------------


def test_a_number_that_is_another_choices_text_is_told(tmp_path) -> None:  # noqa: ANN001
    from interviewer.core.grading import Grader

    path = tmp_path / "q.yaml"
    path.write_text(
        "id: q\ntitle: Q\nquestions:\n  - id: q-1\n    prompt: What does [1] + [2] give?\n"
        "    choices: ['12', '1', '[1, 2]']\n    answer: 1\n"
        "    references: ['1: 12. Both arrays become strings first.']\n",
        encoding="utf-8",
    )
    bank = load_bank(path)
    grade = Grader(bank).grade(bank.get("q-1"), "1")
    assert grade.feedback[0] == (
        'Name one choice: 1, 2 or 3 ("1" is choice 1 and the text of choice 2: '
        'write "option 1" or "option 2").'
    )
    assert Grader(bank).grade(bank.get("q-1"), "option 1").score == 80.0


def test_a_right_number_without_a_reason_reads_the_keys(quizzes: Quizzes) -> None:
    bank, grader = quizzes["numbered"]
    grade = grader.grade(bank.get("quiz-001"), "2")
    assert grade.score == 80.0 and grade.band == "adequate"
    assert grade.feedback == (
        "Choice 2 is right: object",
        'The key\'s reason: typeof null gives "object", a leftover of the first implementation'
        " where null was a zero pointer tagged as an object.",
    )
    assert grade.missed == ()
    assert grade.explanation[0].detail == "Choice 2 is right"


def test_a_right_choice_is_never_told_it_is_far_or_missed(quizzes: Quizzes) -> None:
    bank, grader = quizzes["numbered"]
    question = bank.get("quiz-001")
    for answer in (
        "2, because typeof null gives object: null was a zero pointer tagged as an object",
        "option 2: it is a quirk kept for old pages",
        "2",
    ):
        grade = grader.grade(question, answer)
        assert grade.passed and grade.feedback[0] == "Choice 2 is right: object", answer
        assert grade.missed == (), answer
        assert not any("far from" in n or "Not detected" in n for n in grade.feedback), answer
        passed_alone = len(grade.feedback) == 1
        assert passed_alone or grade.feedback[1].startswith("The key's reason: "), answer


def test_a_wrong_choice_scores_zero_whatever_its_words(quizzes: Quizzes) -> None:
    bank, grader = quizzes["numbered"]
    question = bank.get("quiz-001")
    for answer in (
        "1",
        "3 because typeof null gives object, a leftover of the first implementation",
        "option 1: typeof null gives object as null was a zero pointer tagged as an object",
    ):
        grade = grader.grade(question, answer)
        assert (grade.score, grade.band) == (WRONG_SCORE, "missing"), answer
        assert len(grade.feedback) == 1, answer
        assert grade.feedback[0].endswith("; the answer is 2: object"), answer
        assert grade.matched == () and grade.missed == ()


def test_no_clear_number_lists_the_numbers(quizzes: Quizzes) -> None:
    bank, grader = quizzes["numbered"]
    grade = grader.grade(bank.get("quiz-001"), "1 or 2")
    assert grade.feedback[0] == "Name one choice: 1, 2 or 3 (you named 1 and 2)."


def test_the_keys_reason_after_its_choice() -> None:
    from interviewer.core.bank import Question

    def question(reference: str, right: str = "B") -> Question:
        return Question(
            "q", "Which?", (reference,), choices=("Bubbling", "Capturing"), right_choice=right
        )

    assert key_reason(question("B: Capturing. It runs first. More.")) == "It runs first."
    # the choice's word opening a sentence is the reason's, not the choice on its own
    assert key_reason(question("B. Capturing runs first.")) == "Capturing runs first."
    assert key_reason(question("B: Capturing.")) is None
    assert key_reason(question("Capturing runs from the window down.")) == (
        "Capturing runs from the window down."
    )
    long = key_reason(question("B: Capturing. " + "word " * 100))
    assert long is not None and len(long) <= 244 and long.endswith(" ...")


def test_a_right_choice_loses_the_flags_on_its_words_form(quizzes: Quizzes) -> None:
    bank, grader = quizzes["numbered"]
    # graded as words, each is flagged `keyword_list` (a string of terms), its note dropped
    question = bank.get("quiz-001")
    for answer in ("2, not (1): typeof null object quirk", "option 2: null object zero pointer"):
        grade = grader.grade(question, answer)
        assert grade.flags == () and grade.passed, answer
