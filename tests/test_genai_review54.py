"""Wrong answers veto54's narrowed genai lines let through, caught again (review54).

veto54 gave genai-027's and genai-155's lines a subject, or dropped one, to stop flagging correct
contrasts; a wrong answer that names the subject in full ("masked language modeling only ...",
"position interpolation increases the frequencies") then went unflagged at 11a9198 (27.6 and
25.5). The correct contrasts veto54 protected stay unflagged.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-027", "In masked language modeling the model only uses the left context."),
        ("genai-027", "Masked language modeling only looks at the words before the blank."),
        (
            "genai-155",
            "Position interpolation increases the frequencies of RoPE, so the model handles "
            "longer contexts.",
        ),
    ],
)
def test_the_wrong_claim_is_flagged(genai, genai_grader, question_id, answer):
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions, grade.score


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-027",
            "Masked language modeling hides about 15% of the tokens and trains the model to "
            "predict them from the words on both sides. Unlike masked language modeling, causal "
            "language modeling only looks at the words before, as in GPT.",
        ),
        (
            "genai-155",
            "Position interpolation divides the position indices by the extension factor so they "
            "fall in the trained range, then a short fine-tune. NTK-aware scaling instead "
            "increases the base frequency so high-frequency dimensions barely change.",
        ),
    ],
)
def test_the_correct_contrast_is_not_flagged(genai, genai_grader, question_id, answer):
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions
