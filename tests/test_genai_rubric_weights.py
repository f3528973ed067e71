"""rubric43: the genai rubric credits what its prompts ask for, not history or name-drops."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader

REPO = Path(__file__).resolve().parent.parent

TURING = (
    "In the test a person chats by text with a hidden human and a machine and tries to tell which "
    "is which; if they cannot, the machine passes. Passing would show that the chatbot can hold a "
    "fluent, human-like conversation that fools people in a short chat. It would not show that it "
    "understands or thinks: it imitates how people write by predicting likely words, and it can "
    "still make up facts. That is why models are judged with benchmarks and human ratings instead."
)


@pytest.fixture(scope="module")
def genai() -> tuple[Bank, Grader]:
    bank = load_bank(REPO / "banks" / "genai.yaml")
    return bank, Grader(bank)


def test_the_turing_test_answered_without_its_history_misses_nothing(
    genai: tuple[Bank, Grader],
) -> None:
    """genai-018 asks what passing would show; 'Alan Turing' and 'ELIZA' were concepts, so this
    answer was told it missed them (85.2 on 716b6d5)."""
    bank, grader = genai
    grade = grader.grade(bank.get("genai-018"), TURING)
    assert grade.passed and grade.missed == ()


def test_the_turing_test_misattributed_is_still_a_wrong_claim(
    genai: tuple[Bank, Grader],
) -> None:
    bank, grader = genai
    wrong = TURING.replace("In the test", "In the test, proposed by John McCarthy,")
    grade = grader.grade(bank.get("genai-018"), wrong)
    assert [m.phrase for m in grade.misconceptions] == [
        "the Turing test was proposed by John McCarthy"
    ]
