"""lead57's play (stop 46): on genai-066 ("What is a diffusion model?") an answer saying "it
denoises over many steps, so it is slower than a GAN" was told 'slow sampling' was not detected;
the comparison with GANs is the usual plain way to say it. The reversed claim stays caught."""

from __future__ import annotations

ANSWER = (
    "A diffusion model learns to generate images by reversing a gradual noising process. During "
    "training noise is added step by step and a network learns to predict and remove it; at "
    "generation time it starts from pure noise and denoises over many steps, so it is slower "
    "than a GAN."
)


def test_slower_than_a_gan_is_slow_sampling(genai, genai_grader) -> None:
    grade = genai_grader.grade(genai.get("genai-066"), ANSWER)
    found = {m.concept for m in grade.matched}
    assert "slow sampling" in found
    assert not grade.contradictions


def test_faster_than_gans_is_still_a_wrong_claim(genai, genai_grader) -> None:
    wrong = ANSWER.replace(
        "so it is slower than a GAN", "and diffusion models are faster than GANs"
    )
    grade = genai_grader.grade(genai.get("genai-066"), wrong)
    assert grade.contradictions
