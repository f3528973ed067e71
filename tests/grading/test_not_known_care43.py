"""care43 #4: "no idea" was told both that there was nothing to grade and to say more (reference
mode), or only to say more (rubric mode): one note now says it, in both modes."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.feedback import NOT_KNOWN_NOTE, SAY_MORE_NOTE

PLANT_Q = "Why do green plants need light?"
PLANT_KEY = (
    "Green plants use the energy of light to make sugar from carbon dioxide and water by "
    "photosynthesis."
)
ADMISSIONS = ("no idea", "I don't know", "I don't know.", "idk", "Sorry, not sure.")


@pytest.mark.parametrize("answer", ADMISSIONS)
def test_reference_mode_says_it_once(answer: str) -> None:
    grade = grade_reference(PLANT_Q, PLANT_KEY, answer)
    assert grade.feedback[0] == NOT_KNOWN_NOTE
    assert SAY_MORE_NOTE not in grade.feedback
    assert not any(note.startswith("Say more") for note in grade.feedback)
    assert grade.feedback.count(NOT_KNOWN_NOTE) == 1


@pytest.mark.parametrize("answer", ADMISSIONS)
def test_rubric_mode_says_it_once(genai, genai_grader, answer: str) -> None:  # noqa: ANN001
    question = genai.questions[0]
    grade = genai_grader.grade(question, answer)
    assert grade.feedback[0] == NOT_KNOWN_NOTE and grade.feedback.count(NOT_KNOWN_NOTE) == 1
    assert not any(note.startswith("Say more") for note in grade.feedback)


def test_a_short_answer_that_says_something_is_still_told_to_say_more(genai, genai_grader) -> None:  # noqa: ANN001
    grade = genai_grader.grade(genai.questions[0], "new content")
    assert "too_short" in grade.flags and SAY_MORE_NOTE in grade.feedback
    assert NOT_KNOWN_NOTE not in grade.feedback
    short = grade_reference(PLANT_Q, PLANT_KEY, "energy")
    assert NOT_KNOWN_NOTE not in short.feedback
