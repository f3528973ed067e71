"""tidy48: a rubric alias loses its "just" (a stop word) unless the alias would be one word
without it (matching/restricted.py): "just self-attention and" (genai-025) was any mention of
self-attention, and credited 'self-attention only, no cross-attention' to every GPT answer
that names its attention."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

CONCEPT = "self-attention only, no cross-attention"


@pytest.mark.parametrize(
    ("answer", "credited"),
    [
        # names self-attention, says nothing of cross-attention (credited before tidy48)
        ("GPT models use self-attention over the previous tokens to predict the next one.", False),
        ("GPT is a stack of decoder blocks; there is no encoder and no cross-attention.", True),
        ("Each GPT block has only self-attention and a feed-forward layer.", True),
    ],
)
def test_self_attention_named_is_not_no_cross_attention(
    genai: Bank, genai_grader: Grader, answer: str, credited: bool
) -> None:
    grade = genai_grader.grade(genai.get("genai-025"), answer)
    assert (CONCEPT in {m.concept for m in grade.matched}) is credited, grade.matched


@pytest.mark.parametrize(
    ("answer", "credited"),
    [
        # "just the input layer" had been any "input layer" (genai-090)
        (
            "Prefix tuning learns vectors prepended at every layer, from the input layer up, "
            "while the model stays frozen.",
            False,
        ),
        ("Prompt tuning learns soft vectors only at the input layer.", True),
    ],
)
def test_input_layer_named_is_not_prompt_tuning_compared(
    genai: Bank, genai_grader: Grader, answer: str, credited: bool
) -> None:
    grade = genai_grader.grade(genai.get("genai-090"), answer)
    matched = {m.concept for m in grade.matched}
    assert ("differs from prompt tuning" in matched) is credited, grade.matched
