"""A key said wholly in the question's words (beetle55): "the wires are not connected" for
"... what does it tell you about the connection between the two wires?" has no word of its own,
and the precision signal (the share of the answer's own words the key uses) read an answer in
those words as having none: "the terminals are not connected", a reference word for word,
failed at 59.2 against five references (SemEval-2013 Beetle train, VOLTAGE_DIFF_DISCUSS_2_Q: 11
right answers passed with it, 1 labelled incorrect too). Reading the answer's words with the
question's kept against such a key (980557f) was taken back: SemEval-2013 SciEntsBank unseen
answers fell under issue 8's target (0.700 -> 0.698) with it. The two cases it fixed are
expected to fail until a fix keeps that target."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference

TAKEN_BACK = pytest.mark.xfail(
    strict=True, reason="beetle55: precision for a key in the question's words, taken back"
)

QUESTION = "What does a reading of 0 on the tester tell you about the connection between the wires?"
KEYS = [
    "the wires are not connected",
    "a break separates the wires",
    "there is a break in the circuit",
    "the wires are at different potentials",
]


def _precision(answer: str) -> float:
    grade = grade_reference(QUESTION, KEYS, answer)
    return next((p.value for p in grade.explanation if p.signal == "precision"), 0.0)


@TAKEN_BACK
def test_the_key_said_word_for_word_passes() -> None:
    grade = grade_reference(QUESTION, KEYS, "The wires are not connected.")
    assert grade.passed  # 61.5 before: no precision for words that are all the question's
    assert _precision("The wires are not connected.") == 1.0


@TAKEN_BACK
def test_words_the_key_does_not_use_still_lower_precision() -> None:
    assert 0 < _precision("The wires are not connected to the lamp bracket.") < 1.0


def test_the_opposite_of_that_key_still_cannot_pass() -> None:
    grade = grade_reference(QUESTION, KEYS, "The wires are connected.")
    assert not grade.passed


def test_a_key_with_words_of_its_own_reads_only_the_answers_own_words() -> None:
    keys = ["a break in the circuit separates the wires"]
    grade = grade_reference(QUESTION, keys, "The wires are connected to each other.")
    precision = next((p.value for p in grade.explanation if p.signal == "precision"), 0.0)
    assert precision == 0.0  # the answer has no word of its own, and this key has some
