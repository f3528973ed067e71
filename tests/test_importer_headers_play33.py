"""app33 found that a CSV whose header names its columns in words ("Interview question,Model
answer") was read as a data row, so the header became the bank's first question; and a header
column the importer does not know ("Term,Meaning") dropped its cells without a word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_table


def test_a_header_naming_its_columns_in_words_is_a_header():
    found = parse_table(
        "Interview question,Model answer,Question category\nWhat is X?,X is a thing.,basics\n",
        "list.csv",
    )
    assert [(q.prompt, q.answer_lines, q.topic) for q in found.questions] == [
        ("What is X?", ["X is a thing."], "basics")
    ]
    assert found.warnings == []


def test_a_first_row_that_is_a_question_is_still_a_question():
    found = parse_table("What is a question?,An answer.\nWhat is Y?,Y is Y.\n", "list.csv")
    assert [q.prompt for q in found.questions] == ["What is a question?", "What is Y?"]


def test_a_worded_first_row_without_an_answer_column_stays_a_row():
    # "Question text,Notes" names no answer column: read as before, a question of its own
    found = parse_table("Question text,Notes\nWhat is X?,X.\n", "list.csv")
    assert [q.prompt for q in found.questions] == ["Question text", "What is X?"]


def test_a_long_first_row_is_no_header():
    found = parse_table(
        "Explain the question of answer quality in detail,The answer\nWhat is X?,X.\n", "list.csv"
    )
    assert len(found.questions) == 2


def test_a_header_column_not_read_is_told_and_the_rest_is_imported():
    found = parse_table("Term,Meaning\nWhat is X?,X.\n", "list.csv")
    assert [q.prompt for q in found.questions] == ["What is X?"]
    [warning] = found.warnings
    assert warning.line == 1 and warning.warning
    assert "'Meaning' not imported" in warning.message


def test_a_worded_header_may_put_the_question_second():
    found = parse_table("Model answer,Interview question\nX is a thing.,What is X?\n", "l.csv")
    assert [(q.prompt, q.answer_lines) for q in found.questions] == [
        ("What is X?", ["X is a thing."])
    ]


def test_known_headers_warn_of_nothing():
    found = parse_table("Question,Answer,Topic,Level\nWhat is X?,X.,b,beginner\n", "list.csv")
    assert found.warnings == [] and found.questions[0].answer_lines == ["X."]


NAME = st.lists(
    st.sampled_from(["question", "answer", "model", "interview", "notes", "topic", "the", "x"]),
    min_size=2,
    max_size=5,
).map(" ".join)
"""Names of two words or more: never an exact column name, so the header is worded or none."""


@settings(max_examples=150, deadline=None)
@given(st.lists(NAME, min_size=0, max_size=4))
def test_property_a_header_row_is_never_a_question_and_rows_are_kept(rest):
    """Any first row of worded column names, the first naming the question (where the data
    row has it): the data row below is always imported, and the first row is either a header
    or a question of its own."""
    names = ["interview question", *rest]
    found = parse_table(",".join(names) + "\nWhat is X?,X is a thing.\n", "list.csv")
    prompts = [q.prompt for q in found.questions]
    assert prompts[-1] == "What is X?"
    assert len(prompts) in (1, 2)
    if len(prompts) == 2:  # the first row was read as a question, so no header was found
        assert prompts[0] == ",".join(names).split(",")[0].strip()
