"""lead60 (stop 49): review60 narrowed genai-068's wrong claim 'VAE used for upscaling' (the VAE
decoder does turn the 64x64 latent into a full-size image), and with it a train answer that calls
Stable Diffusion a GAN with CLIP as its discriminator lost its only flag (d0522, 7.8 -> 64.2).
CLIP in Stable Diffusion is the text encoder that conditions the denoiser, never a discriminator:
that wrong mechanism now has its own lines under 'CLIP text encoder'. Sentences written by the
lead; the correct ones name CLIP's real role or reject the discriminator."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    ("Stable Diffusion trains a generator to fool CLIP, which acts as the discriminator.", True),
    ("In Stable Diffusion, CLIP is the discriminator that scores whether the image matches.", True),
    ("CLIP serves as the discriminator in Stable Diffusion.", True),
    (
        "The CLIP text encoder turns the prompt into embeddings that condition the U-Net through "
        "cross-attention.",
        False,
    ),
    ("Unlike a GAN, there is no discriminator: CLIP only encodes the prompt.", False),
    ("CLIP is not a discriminator here; it is the text encoder.", False),
]


@pytest.mark.parametrize(("answer", "wrong"), CASES)
def test_clip_is_no_discriminator(genai, genai_grader, answer: str, wrong: bool) -> None:
    grade = genai_grader.grade(genai.get("genai-068"), answer)
    assert_only_the_subject_is_flagged(grade, wrong)
