"""Reference mode: a string of terms with nothing of the key is `missing` (refmode52; play50
saw rich-text markup, an escape sequence and a spreadsheet formula around one word of the
question score 36.8 `weak` against a teacher's key)."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.reference_scoring import OFF_TOPIC_CAP

QUESTION = "What is overfitting?"
KEY = (
    "Overfitting happens when a model memorises the training data, noise included, and fails "
    "to generalise to unseen data."
)


def test_markup_around_a_word_of_the_question_is_missing() -> None:
    junk = '[red]overfit[/red] \x1b[2J =HYPERLINK("http://x.y","click")'
    grade = grade_reference(QUESTION, KEY, junk)
    assert "keyword_list" in grade.flags
    assert grade.score <= OFF_TOPIC_CAP  # 34.1 weak before
    assert grade.band == "missing"


def test_a_string_of_the_key_s_terms_is_not_read_as_nothing() -> None:
    grade = grade_reference(QUESTION, KEY, "memorises training data noise, fails unseen data")
    assert grade.score > OFF_TOPIC_CAP
