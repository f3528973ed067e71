""" "not only X" widens X: it does not say "only X" (asides._not_only, read by
`Structure.rejected` for listed wrong claims and misconceptions). Found by review51: "In a cGAN
not only the generator gets the label; the discriminator gets it too" was flagged (0.0) by
genai-076's listed wrong claim "only the generator gets the label"; and by the claims52 blind
probe cp52-011 (genai-079), read as the misconception "diffusion models only generate images"."""

from __future__ import annotations

import pytest

from interviewer.core.bank import load_bank
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")


def _flagged(grader, question: str, text: str) -> bool:
    grade = grader.grade(BANK.get(question), text)
    return bool(grade.contradictions or grade.misconceptions)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "genai-076",
            "In a cGAN not only the generator gets the label; the discriminator gets it too.",
        ),
        (
            "genai-076",
            "In a cGAN not just the generator gets the label; the discriminator gets it too.",
        ),
        (
            "genai-079",
            "Diffusion models are not only used for text-to-image generation; they also do "
            "inpainting, super-resolution, video, audio and molecule design.",
        ),
    ],
)
def test_not_only_is_not_a_claim_of_only(grader, question: str, text: str) -> None:
    assert not _flagged(grader, question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("genai-076", "In a cGAN only the generator gets the label."),
        (
            "genai-076",
            "Not surprisingly, in a cGAN only the generator gets the label.",
        ),
    ],
)
def test_only_is_still_a_claim(grader, question: str, text: str) -> None:
    assert _flagged(grader, question, text)
