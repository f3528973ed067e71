"""flag60: rubric lines of tunable questions changed (decisions: the flag60 note, stop 49).

- genai-189 'cannot separate models': its alias 'tell the models apart' named the positive verb
  of a concept that says a saturated benchmark can NOT tell models apart, so "the benchmark
  can't tell the models apart" was read as denying the concept and flagged (on affad430), and
  with flag60's "too X to" reading so was "it is too hard to tell the models apart". The alias
  is now said as the concept says it: "can't / cannot tell the models apart", "hard to tell
  the models apart".
"""

from __future__ import annotations

import pytest

CORRECT = [
    (
        "genai-189",
        "When a benchmark is saturated, the top models all score near the ceiling, so the "
        "benchmark can't tell the models apart.",
    ),
    (
        "genai-189",
        "When a benchmark is saturated, the top models all score near the ceiling, so it is too "
        "hard to tell the models apart.",
    ),
]

WRONG = [
    ("genai-189", "A saturated benchmark still separates the best models well."),
    ("genai-189", "Once a benchmark is saturated, small differences become meaningful."),
]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_a_true_sentence_is_not_flagged(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions, grade.contradictions


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_wrong_claim_is_still_flagged(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert (grade.contradictions or grade.misconceptions) and grade.score < 25
