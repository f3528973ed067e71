"""A term the question already names is not asked for by that name in the feedback (A7)."""

from __future__ import annotations

from interviewer.core.grading import Grader, reference_question

KEY = (
    "Photosynthesis is the process by which plants use sunlight, water and carbon dioxide to "
    "make glucose and release oxygen."
)


def test_a_keyword_the_question_names_is_not_missing() -> None:
    question = reference_question(
        "What is photosynthesis?", KEY, keywords=["photosynthesis", "sunlight", "glucose"]
    )
    grade = Grader(questions=[question]).grade(
        question, "Plants use sunlight, water and carbon dioxide to make glucose."
    )
    assert "photosynthesis" not in grade.missed
    assert not any("photosynthesis" in note for note in grade.feedback)
    assert [m.concept for m in grade.matched] == ["sunlight", "glucose"]


def test_every_keyword_named_by_the_question_is_kept_rather_than_none() -> None:
    question = reference_question("What is photosynthesis?", KEY, keywords=["photosynthesis"])
    grade = Grader(questions=[question]).grade(question, "Plants make glucose from sunlight.")
    assert grade.missed == ("photosynthesis",)


def test_a_rubric_concept_named_by_the_question_is_told_as_every_other(genai, genai_grader) -> None:
    """genai-049 asks about gradient checkpointing; its concept 'checkpoints' still counts and is
    still missed. Its feedback line had dropped the name ("Not detected: Only activations ...")
    and stood unnamed beside the other concepts' lines (play47): it now reads as they do, its
    description saying what the answer could add."""
    grade = genai_grader.grade(genai.get("genai-049"), "It saves memory by recomputing stuff.")
    assert "checkpoints" in grade.missed  # still missed, and still weighs on the score
    assert (
        "Not detected: 'checkpoints': Only activations at chosen points, such as each block's "
        "input, are saved." in grade.feedback
    )
