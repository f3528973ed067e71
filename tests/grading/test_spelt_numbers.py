"""Numbers spelt as words (text.spelt_number): read as English, not as another language, and
as counts ("thirty-two bits" is 32 bits)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.exact.counts import counts
from interviewer.core.grading.text import NUMBER_WORDS, spelt_number

UNITS = "one two three four five six seven eight nine".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
QUESTION = "How many bits does an int have in Java?"
KEY = "An int in Java is 32 bits (4 bytes)."


def test_tens_and_units_joined_by_a_hyphen_are_one_number() -> None:
    assert spelt_number("Thirty-two") == 32
    assert spelt_number("ninety-nine") == 99
    assert spelt_number("seven") == 7
    assert spelt_number("sixty") == 60


def test_other_words_and_other_compounds_are_no_number() -> None:
    for word in ("two-thirty", "twelve-one", "thirty-zero", "thirty-", "-two", "well-known", "x"):
        assert spelt_number(word) is None


@given(st.sampled_from(TENS), st.sampled_from(UNITS))
def test_every_compound_has_the_value_of_its_parts(tens: str, units: str) -> None:
    value = spelt_number(f"{tens}-{units}")
    assert value == NUMBER_WORDS[tens] + NUMBER_WORDS[units]
    assert spelt_number(f"{tens.upper()}-{units}") == value


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", max_size=20))
def test_any_word_reads_as_none_or_a_number_from_0_to_100(word: str) -> None:
    value = spelt_number(word)
    assert value is None or 0 <= value <= 100


def test_a_count_spelt_with_a_hyphen_is_read() -> None:
    (count,) = counts("Thirty-two bits.")
    assert (count.value, count.head) == (32, "bit")


def test_an_answer_in_spelt_numbers_is_not_unreadable() -> None:
    # the key writes figures; the answer spells them: English, and the key's count stated
    grade = grade_reference(QUESTION, KEY, "Thirty-two bits: four bytes.")
    assert "unreadable" not in grade.flags
    assert grade.passed
    assert not grade.contradictions


def test_a_wrong_count_spelt_out_is_read_as_one() -> None:
    grade = grade_reference(QUESTION, KEY, "Sixty-four bits: eight bytes.")
    assert not grade.passed
    assert grade.contradictions


def test_another_language_is_still_unreadable() -> None:
    grade = grade_reference(QUESTION, KEY, "Die Katze schläft auf dem Sofa.")
    assert "unreadable" in grade.flags
