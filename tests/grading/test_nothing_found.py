"""Reference mode's floor: a short answer with nothing of the answer key is `missing`, not
`weak` (play29 F9: "fine" for "X is a thing." scored 45.2, a grade 2 for nothing)."""

from __future__ import annotations

from interviewer.core.grading import grade_reference

PHOTOSYNTHESIS = "Plants use light energy to turn carbon dioxide and water into glucose and oxygen."


def test_a_word_sharing_nothing_with_a_short_key_is_missing():
    grade = grade_reference("What is X?", "X is a thing.", "fine")
    assert grade.band == "missing"
    assert any(p.signal == "nothing_found" for p in grade.explanation)


def test_a_short_answer_with_nothing_of_the_key_is_missing():
    for answer in ("fine", "yes", "It is green.", "Trees are nice."):
        grade = grade_reference("What is photosynthesis?", PHOTOSYNTHESIS, answer)
        assert grade.band == "missing", answer


def test_a_short_answer_naming_a_key_term_is_not_floored():
    grade = grade_reference(
        "What is photosynthesis?", PHOTOSYNTHESIS, "Plants make glucose and oxygen."
    )
    assert grade.band != "missing"
    assert not any(p.signal == "nothing_found" for p in grade.explanation)


def test_a_short_correct_paraphrase_still_passes():
    grade = grade_reference(
        "What is photosynthesis?",
        PHOTOSYNTHESIS,
        "Plants use sunlight to make sugar and oxygen from carbon dioxide and water.",
    )
    assert grade.passed
