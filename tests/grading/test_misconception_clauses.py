"""A misconception is said in one claim: its words are not stitched from two clauses (play26
#6: "paged optimizers speed up training" was quoted from "... to speed up inference, and paged
optimizers move the base model weights to disk so training fits on a CPU")."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader

QLORA_ANSWER = (
    "NF4 is an 8-bit integer format that stores the LoRA adapters in full precision, double "
    "quantization quantizes the activations twice to speed up inference, and paged optimizers "
    "move the base model weights to disk so training fits on a CPU."
)


def test_words_of_two_clauses_are_not_one_misconception(genai, genai_grader):
    grade = genai_grader.grade(genai.get("genai-183"), QLORA_ANSWER)
    assert not grade.misconceptions
    assert grade.score == 0  # its own wrong claims still fail it
    assert "contradiction" in grade.flags


def test_the_same_misconception_said_in_one_clause_is_caught(genai, genai_grader):
    grade = genai_grader.grade(
        genai.get("genai-183"),
        "Paged optimizers speed up training by keeping the optimizer states on the GPU.",
    )
    assert [m.phrase for m in grade.misconceptions] == ["paged optimizers speed up training"]
    (evidence,) = grade.misconceptions[0].evidence
    assert evidence.lower().startswith("paged optimizers speed up training")


CLIP = Question(
    id="t-clip",
    prompt="What does CLIP do?",
    reference_answers=("CLIP embeds images and captions in one space to compare them.",),
    concepts=(Concept("shared space", 2, ("one space",)),),
    misconceptions=(Misconception("CLIP generates images", "CLIP only compares them."),),
)
FLASH = Question(
    id="t-flash",
    prompt="Why is FlashAttention fast?",
    reference_answers=("FlashAttention cuts reads and writes of slow GPU memory.",),
    concepts=(Concept("fewer memory reads", 2, ("reads and writes",)),),
    misconceptions=(Misconception("FlashAttention reduces FLOPs", "It does as many FLOPs."),),
)
GRADER = Grader(Bank(id="t", title="t", version="1", questions=(CLIP, FLASH)))


def test_a_clause_whose_subject_stands_for_the_one_before_goes_on_with_the_claim():
    for question, answer in (
        (CLIP, "CLIP, which generates the images from captions, is a large model."),
        (CLIP, "CLIP is a big model and it generates the images from captions."),
        (FLASH, "FlashAttention is faster because it reduces the number of FLOPs."),
    ):
        assert GRADER.grade(question, answer).misconceptions, answer


def test_a_clause_with_a_subject_of_its_own_is_another_claim():
    for question, answer in (
        (CLIP, "CLIP compares images with captions, and DALL-E generates the images."),
        (FLASH, "FlashAttention is exact, so kernel fusion reduces the FLOPs a little."),
    ):
        assert not GRADER.grade(question, answer).misconceptions, answer
