"""Shared by the tests of denials on the genai bank: whether a grade reads a concept as denied."""

from __future__ import annotations

from interviewer.core.bank import load_bank
from interviewer.core.grading import Grader
from interviewer.resources import bundled_banks_dir

GENAI = load_bank(bundled_banks_dir() / "genai.yaml")


def denies(grader: Grader, question_id: str, concept: str, text: str) -> bool:
    """Whether `text`, graded on the genai question, is read as denying `concept`."""
    grade = grader.grade(GENAI.get(question_id), text)
    return any(
        c.concept == concept and c.detail == "the answer denies it" for c in grade.contradictions
    )
