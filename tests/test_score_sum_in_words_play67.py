"""play67: a grade against an answer key (reference mode) is explained in words, and its
numbers did not add up to the score shown: "starts at 43 ...; raised by reference match 39,
concepts 1 (2 of 2 key terms), words the key uses 12 = 96" (95). Each term was rounded on its
own; now they are whole numbers that add up to the score as shown (`explain.whole_terms`, as a
rubric grade's line already did), the start kept as it is."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.result import REFERENCE_BASE, ScorePart
from interviewer.core.report import score_sum

QUESTION = 'What does `a | b` do next to a & "quotes"?'
KEY = "It is a bitwise or: each bit is set when it is set in a or in b."


def _adds_up(line: str) -> tuple[int, int]:
    """The sum of the line's numbers (the start, plus what raised, minus what lowered) and the
    score it ends with."""
    body, total = line.rsplit(" = ", 1)
    start = re.match(r"starts at (\d+)", body)
    result = int(start.group(1)) if start else 0
    for verb, sign in (("raised", 1), ("lowered", -1)):
        found = re.search(rf"{verb} by (.*?)(?:; lowered by|; kept|$)", body)
        if found:
            text = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", found.group(1))
            result += sign * sum(int(n) for n in re.findall(r"\b(\d+)\b", text))
    return result, int(total)


def test_the_played_grade_adds_up() -> None:
    """Fails on the base: 43 + 39 + 1 + 12 = 95, shown '= 96' (the parts of the grade played,
    each rounded on its own)."""
    parts = [
        ScorePart("base", 0.0, 43.4, REFERENCE_BASE),
        ScorePart("similarity", 0.8, 39.4, ""),
        ScorePart("coverage", 1.0, 0.8, "2 of 2 key terms"),
        ScorePart("precision", 0.9, 11.9, ""),
    ]
    line = score_sum(parts, 95.5)
    assert line.endswith("= 96")
    shown, total = _adds_up(line)
    assert shown == total == 96, line


key_words = KEY.rstrip(".").replace(":", "").split()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([*key_words, "maybe", "sets", "flag", "xor"]), max_size=20))
def test_any_answer_against_a_key_adds_up(words: list[str]) -> None:
    grade = grade_reference(QUESTION, KEY, " ".join(words) + ".")
    line = score_sum(grade.explanation, grade.score)
    if not line or "kept within" in line:
        return
    shown, total = _adds_up(line)
    assert shown == total, line


@pytest.mark.parametrize(
    "answer",
    [
        "Plants use light to make food.",
        "Plants use sunlight, water and carbon dioxide to make glucose and release oxygen.",
    ],
)
def test_the_photosynthesis_answers_add_up(answer: str) -> None:
    key = (
        "Photosynthesis is the process by which plants use sunlight, water and carbon dioxide "
        "to make glucose and release oxygen."
    )
    grade = grade_reference("What is photosynthesis?", key, answer)
    line = score_sum(grade.explanation, grade.score)
    if "kept within" not in line:
        shown, total = _adds_up(line)
        assert shown == total, line
