"""Play test 29 (grader 3.15): the lead's own play. "self-consistency majority voting" was told
"Not detected: 'self-consistency majority vote'" and quoted back as the nearest clause: the
stemmer reads "voting" as "vot" and "vote" as "vote" (a four-letter word keeps its 'e'), so the
alias "majority vote" did not match; the rubric now names the -ing form too. (A stemmer fix was
measured and not landed this stop: it flagged three correct reference-mode answers.)"""

from __future__ import annotations

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader


def test_majority_voting_is_the_self_consistency_concept(genai: Bank, genai_grader: Grader) -> None:
    answer = "Self-consistency uses majority voting over several sampled chains of thought."
    grade = genai_grader.grade(genai.get("genai-176"), answer)
    assert "self-consistency majority vote" in {m.concept for m in grade.matched}


def test_best_of_n_with_a_verifier_is_not_self_consistency(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = "Best-of-n keeps the sample a verifier scores highest."
    grade = genai_grader.grade(genai.get("genai-176"), answer)
    assert "self-consistency majority vote" not in {m.concept for m in grade.matched}


LORA_ALL_WRONG = (
    "LoRA unfreezes all the pretrained weights and trains a high-rank update to every matrix, "
    "so it trains more parameters than full fine-tuning, uses more GPU memory, and adds latency "
    "at inference because the adapters can never be merged."
)


def test_an_all_wrong_lora_answer_is_caught(genai: Bank, genai_grader: Grader) -> None:
    # play29 F1: 40.6 weak with no word of what was wrong
    grade = genai_grader.grade(genai.get("genai-085"), LORA_ALL_WRONG)
    assert "contradiction" in grade.flags
    assert grade.score <= 20.0


def test_classic_adapters_said_to_add_latency_are_no_wrong_lora_claim(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = "Adapters add latency at inference because they cannot be merged; LoRA does not."
    grade = genai_grader.grade(genai.get("genai-085"), answer)
    assert "contradiction" not in grade.flags


def test_gans_said_to_need_denoising_steps_is_a_wrong_claim(
    genai: Bank, genai_grader: Grader
) -> None:
    # play29 F15: a good GAN answer with this claim scored 85.2 strong, nothing said
    answer = (
        "A GAN is two networks trained against each other: a generator turns random noise into "
        "fake samples and a discriminator tries to tell real from fake. Like diffusion models, "
        "GANs need hundreds of denoising steps to generate each image, so they are slow."
    )
    grade = genai_grader.grade(genai.get("genai-072"), answer)
    assert "contradiction" in grade.flags
    assert grade.score < 70.0
    control = (
        "Unlike diffusion models, which need hundreds of denoising steps, a GAN makes an image "
        "in one forward pass."
    )
    assert "contradiction" not in genai_grader.grade(genai.get("genai-072"), control).flags


LORA_ONE_WRONG_CLAIM = (
    "LoRA freezes the pretrained weights and trains two small low-rank matrices whose product is "
    "added to the weights, so only a tiny fraction of parameters is trained. Because of that it "
    "always matches full fine-tuning quality exactly and it cannot be merged back into the "
    "weights, so it always adds inference latency."
)


def test_a_good_lora_answer_saying_it_cannot_be_merged_is_caught(
    genai: Bank, genai_grader: Grader
) -> None:
    # play29 F15: 75.2 adequate, no flag. The alias 'added back into the weights' was pieced
    # together from "merged back into the weights, so it always adds"; the rubric now lists the
    # claim said of "it" as well as of "LoRA". Stop 45 narrowed the line to name LoRA (review56
    # R4); pron57 reads "Because of that it ..., and it cannot be merged" as said of LoRA
    grade = genai_grader.grade(genai.get("genai-085"), LORA_ONE_WRONG_CLAIM)
    assert "merge into weights" in grade.got_wrong
    assert not grade.passed


def test_a_lora_answer_saying_it_can_be_merged_is_not_flagged(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "LoRA freezes the pretrained weights and trains two small low-rank matrices. After "
        "training the update can be merged back into the weights, so it adds no inference latency."
    )
    grade = genai_grader.grade(genai.get("genai-085"), answer)
    assert not grade.contradictions
    assert "merge into weights" in {m.concept for m in grade.matched}
