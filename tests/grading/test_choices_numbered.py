"""mc64: multiple choice (grading/choices.py) with numbered choices (`answer: 1`), a wrong
choice scoring 0 whatever its words, a right choice told it is right (the key's reason only
when the candidate's words do not pass, no key words listed as missed), "A because ..." read
as choice A and "D, not (A)" as D. The bank is written for this test (no public text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading.choices import WRONG_SCORE, key_reason, named_choice

QUIZ = """\
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

TEXTS = ("null", "object", "undefined")


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
        "2",
        "2.",
        "2:",
        "(2)",
        "**2**",
        "2) object",
        "option 2",
        "Option #2",
        "choice 2, since null is tagged as an object",
        "the answer is 2",
        "Answer: 2",
        "2 because null was a zero pointer",
        "object, because null was tagged as one",
        "2, not (1): null is a primitive",
        "2 rather than option 3",
    ],
)
def test_a_number_is_named(answer: str) -> None:
    assert named_choice(answer, 3, TEXTS, numbered=True).letter == "2"


@pytest.mark.parametrize(
    "answer",
    [
        "1.5 seconds",  # a decimal, not a choice
        "20 of them",
        "4",  # no fourth choice
        "toFixed(2) gives a string",  # a call's argument
        "1 or 2",
        "the answer is not 2",
    ],
)
def test_no_number_is_named(answer: str) -> None:
    assert named_choice(answer, 3, TEXTS, numbered=True).letter is None


def test_a_number_that_is_another_choices_text_is_not_clear() -> None:
    texts = ("12", "1", "3")
    assert named_choice("1", 3, texts, numbered=True).letters == ("1", "2")
    assert named_choice("1", 3, texts, numbered=True).letter is None
    assert named_choice("option 1", 3, texts, numbered=True).letter == "1"
    assert named_choice("1, not (2)", 3, texts, numbered=True).letter == "1"


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


@pytest.mark.parametrize(
    ("answer", "letter"),
    [
        ("A because it is the default", "A"),
        ("A since listeners bubble by default", "A"),
        ("A is right", "A"),
        ("A closure is a function", None),  # the article
        ("D, not (A)", "D"),
        ("D, not A", "D"),
        ("D rather than (A)", "D"),
        ("D instead of option A", "D"),
        ("f(A) is called first", None),  # a call's argument is no choice
    ],
)
def test_a_because_and_a_choice_set_aside(answer: str, letter: str | None) -> None:
    assert named_choice(answer, 4).letter == letter


_FORMS = ("{}", "{}:", "({})", "option {}", "the answer is {}", "{}.", "choice {}", "{})")
_TAILS = st.lists(st.sampled_from(["because", "it", "is", "null", "so", "x", "1.5", "(3)"]))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("12345678"), st.sampled_from(_FORMS), _TAILS, st.integers(1, 8))
def test_a_number_in_every_form_is_found(
    label: str, form: str, tail: list[str], count: int
) -> None:
    answer = " ".join([form.format(label), *[t for t in tail if t != "(3)"]])
    found = named_choice(answer, count, (), numbered=True)
    assert found.letter == (label if int(label) <= count else None)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=-3, max_value=12), st.booleans())
def test_the_reader_never_raises(answer: str, count: int, numbered: bool) -> None:
    found = named_choice(answer, count, TEXTS, numbered)
    labels = "12345678" if numbered else "ABCDEFGH"
    assert found.letter is None or found.letter in labels[: max(count, 0)]


def test_a_right_number_without_a_reason_reads_the_keys(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
    grade = grader.grade(bank.get("quiz-001"), "2")
    assert grade.score == 80.0 and grade.band == "adequate"
    assert grade.feedback == (
        "Choice 2 is right: object",
        'The key\'s reason: typeof null gives "object", a leftover of the first implementation'
        " where null was a zero pointer tagged as an object.",
    )
    assert grade.missed == ()
    assert grade.explanation[0].detail == "Choice 2 is right"


def test_a_right_choice_is_never_told_it_is_far_or_missed(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
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


def test_a_wrong_choice_scores_zero_whatever_its_words(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
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


def test_no_clear_number_lists_the_numbers(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
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


def test_a_right_choice_loses_the_flags_on_its_words_form(bank: Bank, grader) -> None:  # type: ignore[no-untyped-def]
    # graded as words, each is flagged `keyword_list` (a string of terms), its note dropped
    question = bank.get("quiz-001")
    for answer in ("2, not (1): typeof null object quirk", "option 2: null object zero pointer"):
        grade = grader.grade(question, answer)
        assert grade.flags == () and grade.passed, answer


# review64's sentences (fix64): a leading label followed by "is not" / "is wrong" / "isn't" is
# set aside as "not B" is; a leading number followed by a unit word is a count, not a label
LETTERED = ('"null"', '"object"', '"undefined"', "It throws")


@pytest.mark.parametrize(
    "answer",
    [
        "B is not right, A is.",
        "B is wrong, it returns null.",
        "B isn't right.",
        "B and C are not right.",
    ],
)
def test_a_leading_letter_said_to_be_wrong_is_not_named(answer: str) -> None:
    assert "B" not in named_choice(answer, 4, LETTERED).letters


def test_the_choice_named_after_a_wrong_one_is_read() -> None:
    found = named_choice('A is wrong; it returns "object", choice B.', 4, LETTERED)
    assert found.letter == "B"


@pytest.mark.parametrize(
    "answer",
    ["2 times, because the condition fails at i = 2.", "3 seconds.", "1 iteration, then it stops."],
)
def test_a_leading_number_with_a_unit_names_no_choice(answer: str) -> None:
    found = named_choice(answer, 4, ("0", "5", "6", "Forever"), numbered=True)
    assert found.letter is None
    assert not found.letters


@pytest.mark.parametrize("answer", ["2, because it runs twice.", "2) twice", "2 because of i"])
def test_a_leading_number_with_no_unit_is_still_named(answer: str) -> None:
    assert named_choice(answer, 4, ("0", "5", "6", "Forever"), numbered=True).letter == "2"
