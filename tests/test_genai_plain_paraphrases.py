"""Correct answers in everyday words pass on the genai bank; the wrong claims beside them do not.

The answers were written (paraF) from the prompts alone, by people who know the subject but
avoid its terms; each scored under 70 before the rubric learned their plain phrasings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader

REPO = Path(__file__).resolve().parent.parent

PLAIN_CORRECT = {
    "genai-018": (
        "It would only show that the chatbot can talk in a way people cannot tell apart from a "
        "human in a short conversation. It says nothing about whether the system really "
        "understands, thinks or is conscious. It is a test of imitation and of fooling a judge, "
        "not of intelligence or truthfulness. A bot can pass it while still making things up."
    ),
    "genai-036": (
        "If you double the length of a document, the model has to compare every word with every "
        "other word, so the work roughly quadruples, which is why long books do not fit. Anything "
        "past the maximum length is simply cut off, so it forgets the start of a long chat. "
        "Training a big one costs millions of dollars in GPUs. And they still produce plausible "
        "nonsense, for example inventing a citation, and nobody can easily explain why they gave "
        "an answer."
    ),
    "genai-072": (
        "Think of a forger and a detective. The forger network takes random numbers and turns "
        "them into a picture of a face, and the detective network looks at real faces and "
        "forged ones and guesses which is which. The forger is rewarded when it fools the "
        "detective, the detective when it catches the forger. Over time the forger's faces "
        "become convincing. That is how sites showing people who do not exist made their faces."
    ),
    "genai-079": (
        "Probably the best-known use is making pictures from a written description, the "
        "Midjourney and Stable Diffusion kind of thing that designers and artists use all the "
        "time now. But they are also behind a lot of photo editing, like extending an image "
        "beyond its borders or replacing part of it, and upscaling old photos. Beyond images, "
        "they are used to generate speech and music and short video clips. And in research "
        "people use them for protein structures and drug molecules, and for weather and medical "
        "imaging."
    ),
    "genai-194": (
        "If you ask for a dog running on a beach, an image model only needs one convincing "
        "picture. A video model has to show the dog's legs moving naturally, the waves rolling, "
        "the dog not changing colour or growing an extra leg halfway through, and the camera "
        "moving smoothly. Ten seconds at 24 frames per second is 240 pictures that must all fit "
        "together, so the work and memory are huge."
    ),
}
"""Question id -> a plain correct answer that scored 25.0, 40.0, 0.0, 60.0 and 40.0 before."""


@pytest.fixture(scope="module")
def genai() -> Bank:
    return load_bank(REPO / "banks" / "genai.yaml")


@pytest.fixture(scope="module")
def grader(genai: Bank) -> Grader:
    return Grader(genai)


@pytest.mark.parametrize("question_id", sorted(PLAIN_CORRECT))
def test_a_correct_answer_in_everyday_words_passes(genai, grader, question_id):
    grade = grader.grade(genai.get(question_id), PLAIN_CORRECT[question_id])
    assert grade.score >= 70, (grade.score, grade.missed, grade.contradictions)
    assert not grade.contradictions and not grade.misconceptions


def test_forged_samples_judged_by_the_discriminator_are_not_a_swap_but_a_real_one_is(genai, grader):
    # the alias 'forges' matched "forged ones" in the detective's clause and read the
    # generator's concept as said of the discriminator: the example scored 0
    question = genai.get("genai-072")
    said = grader.grade(question, PLAIN_CORRECT["genai-072"])
    assert "generator makes fakes from noise" in {m.concept for m in said.matched}
    swapped = grader.grade(question, "The discriminator turns random noise into images.")
    assert [c.concept for c in swapped.contradictions] == ["generator makes fakes from noise"]


def test_making_pictures_is_not_the_images_only_misconception_but_only_images_is(genai, grader):
    # 'just for making images' lost 'just' as a stop word and fired on any "making pictures"
    question = genai.get("genai-079")
    listed = grader.grade(question, "People use them for making pictures, video and speech.")
    assert not listed.misconceptions
    only = grader.grade(question, "Diffusion models are only for making images.")
    assert [m.phrase for m in only.misconceptions] == ["diffusion models only generate images"]


@pytest.mark.parametrize(
    ("question_id", "wrong"),
    [
        (
            "genai-018",
            "Passing the Turing Test would prove that the chatbot truly understands language and "
            "is conscious, just like a person. Once a machine passes, we know it has real general "
            "intelligence and its answers can be trusted.",
        ),
        (
            "genai-036",
            "Transformers have no real limits on input length, since their cost grows only "
            "linearly and they can read books of any size at once. They need very little data "
            "to train and they never make up facts.",
        ),
        (
            "genai-072",
            "They are a single network that compresses images and then decompresses them, "
            "trained only to copy its input exactly. There is no competition involved and no "
            "random noise.",
        ),
    ],
)
def test_a_fluent_wrong_answer_in_everyday_words_still_fails(genai, grader, question_id, wrong):
    assert grader.grade(genai.get(question_id), wrong).score < 70
