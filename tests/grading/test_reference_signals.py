"""Reference mode's signals: what is measured of an answer against each reference
(reference_scoring/signals.py)."""

from __future__ import annotations

import math

import pytest

from interviewer.core.grading import Grader, grade_reference, reference_question
from interviewer.core.grading.reference_scoring import (
    SHORTEST,
    length_signal,
    precision_signal,
    signals,
)

PROMPT = (
    "Grace mixed eggshells with a liquid. The eggshells were gone and the liquid was clear. "
    "Why does she think she made a solution?"
)
REFERENCE = "The eggshells dissolved: they disappeared and the mixture stayed a clear liquid."


def test_length_signal_only_takes_off_for_a_shorter_answer() -> None:
    assert length_signal(10, 10) == 0.0
    assert length_signal(40, 10) == 0.0  # longer than the reference earns nothing more
    assert length_signal(4, 9) == pytest.approx(math.log(5 / 10))
    assert length_signal(0, 50) == SHORTEST


def test_the_question_words_an_answer_rightly_uses_count_for_part_of_the_similarity(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = "The eggshells were gone and the liquid stayed clear."

    def similarity() -> float:
        grade = grade_reference(PROMPT, REFERENCE, answer)
        return next(p.value for p in grade.explanation if p.signal == "similarity")

    kept = similarity()
    monkeypatch.setattr(signals, "QUESTION_WORDS_KEPT", 0.0)
    assert kept > similarity() + 0.02


def test_precision_is_the_weighted_share_of_the_answer_the_reference_uses() -> None:
    weights = {"dissolv": 3.0, "clear": 1.0, "magic": 4.0}.__getitem__
    reference = frozenset({"dissolv", "clear", "liquid"})
    assert precision_signal(["dissolv", "clear"], reference, weights) == 1.0
    assert precision_signal(["dissolv", "magic"], reference, weights) == pytest.approx(3 / 7)
    assert precision_signal(["dissolv", "dissolv", "magic"], reference, weights) == pytest.approx(
        3 / 7
    )
    assert precision_signal([], reference, weights) == 0.0


def test_reference_signals_give_one_entry_per_reference_and_none_for_an_empty_answer() -> None:
    question = reference_question(PROMPT, [REFERENCE, "They dissolved in the liquid."])
    grader = Grader(questions=[question])
    signals = grader.reference_signals(question, "They dissolved.")
    assert len(signals) == 2 and all(s.references == 2 for s in signals)
    assert signals[1].precision == 1.0
    assert grader.reference_signals(question, "   ") == []
