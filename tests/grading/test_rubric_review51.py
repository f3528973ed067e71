"""review51: the `contradicts` lines relations50 added to genai-076 and genai-133 (grader
3.37), read by a second reader. Three of them said what a correct answer says too:

- genai-076 "the generator receives only noise" and "the generator is not conditioned": a
  correct answer contrasts a cGAN with a plain GAN, where the generator does receive only noise
  and is not conditioned (Mirza & Osindero 2014 feed the condition y to both the generator
  and the discriminator as an additional input layer; in the GAN they extend, Goodfellow et
  al. 2014, the generator's only input is noise z drawn from the prior p_z(z));
- genai-133 "the image reads the text" (listed under Flamingo): in Stable Diffusion the U-Net's
  image latents are the queries and the text embeddings the keys and values (Rombach et al.
  2022, section 3.3: Q from the U-Net's intermediate representation, K and V from the
  conditioning encoder's tau_theta(y)), so the image reading the text is right there.

The wrong answers these lines were added for (blind train w48a-066 and w48b-043) are still
caught by the lines that stay ("only the discriminator sees the condition", "queries come from
the conditioning modality", ...)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

CORRECT = [
    (
        "genai-076",
        "A conditional GAN feeds extra information y, such as a class label, to both networks. "
        "In a plain GAN the generator receives only noise; in a cGAN the generator gets the noise "
        "and the label, and the discriminator also gets the label, so it judges whether the "
        "image is real and matches the label.",
    ),
    (
        "genai-076",
        "In an ordinary GAN the generator is not conditioned on anything, it just maps random "
        "noise to a sample. A cGAN conditions both the generator and the discriminator on a "
        "label y, so you can ask for a specific digit.",
    ),
    (
        "genai-076",
        "Unlike a vanilla GAN, where the generator receives only noise, a conditional GAN "
        "concatenates a one-hot class label to the noise and also gives the label to the "
        "discriminator, which must decide whether the pair is real.",
    ),
    (
        "genai-133",
        "Cross-attention lets one sequence attend to another: the queries come from the stream "
        "being generated, and the keys and values come from the conditioning modality. In "
        "Stable Diffusion the U-Net's image latents are the queries and the CLIP text embeddings "
        "provide the keys and values, so the image reads the text. In Flamingo the language "
        "model's tokens are the queries and the image features are the keys and values, behind "
        "a tanh gate that starts at zero.",
    ),
    (
        "genai-133",
        "Cross-attention: Q from the decoder or generator side, K and V from the other modality. "
        "For example, in a text-to-image diffusion model the image latents attend to the prompt, "
        "so the image reads the text; in a captioning model it is the other way round and the "
        "text reads the image.",
    ),
]

WRONG = [
    (
        "genai-076",
        "Conditional GANs are GANs in which the discriminator is conditioned on a label but the "
        "generator is not. The generator still receives only random noise, and the "
        "discriminator is given the class label. Because only the discriminator sees the "
        "condition, you cannot choose what the generator produces.",
    ),
    (
        "genai-133",
        "Cross-attention lets one modality condition on another: the queries come from the "
        "conditioning modality and the keys and values come from the stream being generated. "
        "In Stable Diffusion the text embeddings act as the queries and the U-Net's image "
        "latents provide the keys and values.",
    ),
]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_a_correct_contrast_with_the_plain_case_is_not_a_wrong_claim(
    question_id: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions, [c.detail for c in grade.contradictions]


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_roles_exchanged_are_still_caught(
    question_id: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions
    assert not grade.passed, grade.score
