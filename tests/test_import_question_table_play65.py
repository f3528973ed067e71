"""play65: a public list written as a Markdown table of questions with no answer column
(khangich/machine-learning-interview's questions.md: `| Question | Level |`, rows marked
Fundamental / Advance) lost all nine of its questions on import: only a table with both a
question and an answer column was read. A table whose column is named "Question" is now a
question table without answers, and a Level (or Difficulty) column sets each question's level.
The list has no licence: the rows here are written for the test, in its shape."""

from __future__ import annotations

from interviewer.core.importers import parse_markdown

TABLE = (
    "# ML questions\n\n"
    "| Question | Level |\n"
    "| ------------- | ------------- |\n"
    "| Gradient boosting and random forests, how do their trees differ? | Fundamental |\n"
    "| [Why does dropout regularise?](https://example.org/dropout) | Advance |\n"
    "| What does batch normalisation fix? Why use it at inference?  | Fundamental |\n"
    "| What does an unlabelled row say? | |\n"
)


def test_a_question_table_without_answers_gives_a_question_a_row_with_its_level() -> None:
    """Fails on the base: no question was read from the table."""
    found = parse_markdown(TABLE, "questions.md")
    assert [(q.prompt, q.answer, q.level) for q in found.questions] == [
        ("Gradient boosting and random forests, how do their trees differ?", "", "beginner"),
        ("Why does dropout regularise?", "", "expert"),
        ("What does batch normalisation fix? Why use it at inference?", "", "beginner"),
        ("What does an unlabelled row say?", "", None),
    ]
    assert [e.line for e in found.account] == list(range(1, len(TABLE.splitlines()) + 1))
    # a table in an answer whose column is not named "Question" stays in it, as before
    text = "1. What are the join types?\nThese:\n\n| Q | Type |\n|---|---|\n| inner | both |\n"
    [question] = parse_markdown(text).questions
    assert question.answer == "These:\nQ; Type\ninner; both"


def test_a_level_column_sets_the_level_of_a_question_and_answer_table_too() -> None:
    text = (
        "| Question | Answer | Difficulty |\n|---|---|---|\n| What is a heap? | A tree. | hard |\n"
    )
    [question] = parse_markdown(text).questions
    assert (question.answer, question.level) == ("A tree.", "expert")
