"""A word of a question's own wrong-claim lines is no typo (PreparedQuestion.spelled_right,
lines67): "completely" was read as a misspelt "complete" (the closest word of the question's
vocabulary), and the line 'RLHF makes models completely safe' was not found in its own
sentence; its denial stays unflagged."""

from __future__ import annotations

from functools import cache

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.resources import bundled_banks_dir


@cache
def _grader() -> tuple[Bank, Grader]:
    bank = load_bank(bundled_banks_dir() / "genai.yaml")
    return bank, Grader(bank)


def _wrong(qid: str, answer: str) -> bool:
    bank, grader = _grader()
    grade = grader.grade(bank.get(qid), answer)
    return bool(grade.contradictions or grade.misconceptions)


def test_a_line_word_outside_the_vocabulary_is_not_corrected() -> None:
    assert _wrong("genai-099", "RLHF makes models completely safe.")


def test_its_denial_is_not_flagged() -> None:
    assert not _wrong("genai-099", "RLHF does not make models completely safe.")
    assert not _wrong("genai-099", "RLHF makes models safer, but not completely safe.")
