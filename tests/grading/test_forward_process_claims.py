"""genai-067's wrong claim that a network adds the forward noise is not read into a correct
"a network is trained to estimate the added noise" (the reverse process's job)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        (
            "Noise is added on a fixed schedule; a neural network is trained to estimate the "
            "added noise and remove it.",
            False,
        ),
        ("A neural network is trained to add noise to the image in the forward process.", True),
    ],
)
def test_a_network_that_predicts_the_added_noise_is_no_forward_network(
    answer: str, flagged: bool, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-067"), answer)
    listed = [c for c in grade.contradictions if "wrong claim" in c.detail]
    assert bool(listed) is flagged
