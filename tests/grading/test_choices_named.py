"""Which choice a multiple-choice answer names (grading/choices/named.py): mc63's letters (a
label leading the answer or named with "option", "the answer is", "(D)"; two labels are no
clear choice), mc64's numbers ("1.5 seconds" names none, a number that is another choice's
text is not clear), "A because ..." read as choice A, "D, not (A)" as D, and fix64's labels
said to be wrong and counts ("2 times"). No bank is needed: the reader takes the choices'
count and texts."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from interviewer.core.grading.choices.named import named_choice

LETTER_TEXTS = (
    "`number` and `1`",
    "`string` and `1`",
    "`object` and `1`",
    "`undefined` and `1`",
)
"""The lettered quiz's choices (test_choices_graded.py's LETTERED_QUIZ)."""
NUMBER_TEXTS = ("null", "object", "undefined")
"""The numbered quiz's choices (test_choices_graded.py's NUMBERED_QUIZ)."""


# -- lettered choices (mc63) ------------------------------------------------------------------


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
    assert named_choice(answer, 4, LETTER_TEXTS).letter == "D"


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
    assert named_choice(answer, 4, LETTER_TEXTS).letter is None


def test_two_letters_are_told() -> None:
    assert named_choice("A or D", 4, LETTER_TEXTS).letters == ("A", "D")


_LETTER_FORMS = ("{}", "{}:", "({})", "option {}", "the answer is {}", "{}.", "choice {}")
_LETTER_TAILS = st.lists(st.sampled_from(["because", "it", "is", "never", "declared", "so", "x"]))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("ABCD"), st.sampled_from(_LETTER_FORMS), _LETTER_TAILS)
def test_a_letter_in_every_form_is_found(letter: str, form: str, tail: list[str]) -> None:
    # "A" alone before a word is the article ("A closure ..."): the rule reads it only with
    # punctuation after it or at the end
    assume(not (letter == "A" and form == "{}" and tail))
    answer = " ".join([form.format(letter), *tail])
    assert named_choice(answer, 4, LETTER_TEXTS).letter == letter


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=-3, max_value=12))
def test_the_reader_never_raises_on_letters(answer: str, count: int) -> None:
    found = named_choice(answer, count, LETTER_TEXTS)
    assert found.letter is None or found.letter in "ABCDEFGH"[: max(count, 0)]


# -- numbered choices, "A because", a choice set aside (mc64) ----------------------------------


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
    assert named_choice(answer, 3, NUMBER_TEXTS, numbered=True).letter == "2"


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
    assert named_choice(answer, 3, NUMBER_TEXTS, numbered=True).letter is None


def test_a_number_that_is_another_choices_text_is_not_clear() -> None:
    texts = ("12", "1", "3")
    assert named_choice("1", 3, texts, numbered=True).letters == ("1", "2")
    assert named_choice("1", 3, texts, numbered=True).letter is None
    assert named_choice("option 1", 3, texts, numbered=True).letter == "1"
    assert named_choice("1, not (2)", 3, texts, numbered=True).letter == "1"


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


_NUMBER_FORMS = ("{}", "{}:", "({})", "option {}", "the answer is {}", "{}.", "choice {}", "{})")
_NUMBER_TAILS = st.lists(st.sampled_from(["because", "it", "is", "null", "so", "x", "1.5", "(3)"]))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from("12345678"), st.sampled_from(_NUMBER_FORMS), _NUMBER_TAILS, st.integers(1, 8)
)
def test_a_number_in_every_form_is_found(
    label: str, form: str, tail: list[str], count: int
) -> None:
    answer = " ".join([form.format(label), *[t for t in tail if t != "(3)"]])
    found = named_choice(answer, count, (), numbered=True)
    assert found.letter == (label if int(label) <= count else None)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=-3, max_value=12), st.booleans())
def test_the_reader_never_raises_on_letters_or_numbers(
    answer: str, count: int, numbered: bool
) -> None:
    found = named_choice(answer, count, NUMBER_TEXTS, numbered)
    labels = "12345678" if numbered else "ABCDEFGH"
    assert found.letter is None or found.letter in labels[: max(count, 0)]


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
