"""An answer whose only content word is a misspelt function word ("dont do this", a SemEval
Beetle answer) is read as having no content once the typo is corrected: graded as empty, like
"don't do this", in reference and rubric mode, never an exception (asag.py found the crash)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader, reference_question

QUESTION = reference_question(
    "What do you think the red X means?", ["The red X means the circuit is open."]
)
GRADER = Grader(questions=[QUESTION]).fit()
WORDS = ["dont", "doesnt", "yuo", "thhey", "do", "this", "it", "not", "the", "is"]


def test_a_misspelt_function_word_alone_grades_as_its_spelled_form():
    for typed, spelled in [("dont do this", "don't do this"), ("doesnt", "doesn't")]:
        grade = GRADER.grade(QUESTION, typed)
        assert (grade.score, grade.band, grade.flags) == (
            GRADER.grade(QUESTION, spelled).score,
            GRADER.grade(QUESTION, spelled).band,
            GRADER.grade(QUESTION, spelled).flags,
        )
        assert grade.band == "missing"


def test_the_same_in_rubric_mode(genai: Bank, genai_grader: Grader):
    grade = genai_grader.grade(genai.get("genai-002"), "dont do this")
    assert grade.band == "missing" and grade.score == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
def test_any_string_of_function_words_and_their_typos_grades(words: list[str]):
    grade = GRADER.grade(QUESTION, " ".join(words))
    assert grade.band == "missing"
