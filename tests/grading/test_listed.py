"""Reference mode's lists (listed.py): an answer's list read item by item against a key that is a
list (play29 F5: a wrong expansion of ACID passed, the right one in adjective form did not)."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.listed import key_items, list_items, read_list, same_word

ACID_Q = "What does ACID stand for?"
ACID = "Atomicity, Consistency, Isolation, Durability."
COLOURS_Q = "What are the primary colours of light?"
COLOURS = "Red, green, blue."


def test_a_list_opening_with_a_lead_in_has_its_items():
    items = list_items("It stands for Availability, Consistency, Integrity and Distribution.")
    assert items == [("Availability",), ("Consistency",), ("Integrity",), ("Distribution",)]


def test_words_in_brackets_are_no_item():
    items = list_items("Atomicity (all or nothing), consistency, isolation, and durability.")
    assert items == [("Atomicity",), ("consistency",), ("isolation",), ("durability",)]


def test_clauses_between_commas_are_no_list():
    answer = (
        "All-or-nothing transactions, the data stays valid, concurrent transactions do not "
        "see each other, and once committed it survives a crash."
    )
    assert list_items(answer) == []


def test_a_key_saying_more_than_its_list_has_no_items():
    assert key_items(ACID) == list_items(ACID)
    assert key_items("An index costs storage, slower writes, memory and more: it helps.") == []


def test_forms_of_one_word_are_the_same_word():
    assert same_word("atomic", "atomicity")
    assert same_word("durable", "durability")
    assert not same_word("availability", "atomicity")
    assert not same_word("integrity", "isolation")


def test_the_wrong_items_of_a_list_are_read():
    reading = read_list(key_items(ACID), "Availability, Consistency, Integrity, Distribution.")
    assert reading is not None
    assert reading.right == ("Consistency",)
    assert reading.wrong == ("Availability", "Integrity", "Distribution")
    assert not reading.complete


def test_a_wrong_expansion_fails():
    grade = grade_reference(
        ACID_Q, ACID, "It stands for Availability, Consistency, Integrity and Distribution."
    )
    assert not grade.passed
    assert "contradiction" in grade.flags
    assert any(
        note.startswith("“Availability” is wrong") and "Atomicity, Consistency" in note
        for note in grade.feedback
    )


def test_a_wrong_list_of_english_terms_is_not_called_unreadable():
    grade = grade_reference(ACID_Q, ACID, "Availability, Consistency, Integrity, Distribution.")
    assert "unreadable" not in grade.flags
    assert not grade.passed


def test_the_right_expansion_in_adjective_form_passes():
    grade = grade_reference(ACID_Q, ACID, "Atomic, Consistent, Isolated, Durable.")
    assert "keyword_list" not in grade.flags
    assert grade.passed


def test_a_list_with_nothing_of_the_key_is_missing():
    grade = grade_reference(COLOURS_Q, COLOURS, "Cyan, magenta, yellow.")
    assert grade.band == "missing"


def test_a_list_mostly_wrong_cannot_pass_and_one_slip_is_not_capped():
    assert not grade_reference(COLOURS_Q, COLOURS, "Red, yellow and purple.").passed
    assert grade_reference(COLOURS_Q, COLOURS, "Red, green and yellow.").passed
    assert grade_reference(COLOURS_Q, COLOURS, "red, green, and blue").passed


def test_a_sentence_naming_the_list_is_no_list_answer():
    grade = grade_reference(
        COLOURS_Q,
        COLOURS,
        "The primary colours of light are red, green and blue, which mix to white.",
    )
    assert grade.passed and "contradiction" not in grade.flags
