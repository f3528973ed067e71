"""held56b: half B of the held-out questions (/work/s56/heldout_b.txt), audited answer-blind.
A rubric line that a correct answer's true statement about another thing (the other method of a
contrast, a baseline) trips is narrowed to the wrong claim it is meant to catch; a line false of
everything a correct answer could mention is kept. The decisions are in the held56b section of
docs/grading-log.md (/work/s56/notes/held56b.md).

Each CORRECT sentence is true and was flagged on bfdeb6e (the first two of genai-181 and the
first of genai-184 say what the blind probes cp56b-034 and cp56b-035 said). Each WRONG sentence
states the wrong claim of the narrowed line with its subject and is still caught: a
contradiction or misconception found, under 25.
"""

from __future__ import annotations

import pytest

CORRECT = [
    # 'whole corpus' and 'entire dataset' (concept 'global questions need the corpus') were
    # bare noun phrases: said in the negative of top-k retrieval they read as a denial
    ("genai-181", "Top-k retrieval cannot summarize a whole corpus."),
    ("genai-181", "Top-k retrieval can't see the whole corpus, only k chunks."),
    (
        "genai-181",
        "A handful of retrieved chunks does not cover the whole corpus, so global questions fail.",
    ),
    # the misconception alias 'learns the rank' was found in 'learns a low-rank update'
    ("genai-184", "LoRA freezes the pretrained weight W and learns a low-rank update BA."),
    ("genai-184", "DoRA learns a low-rank update to the direction."),
]

WRONG = [
    ("genai-181", "Global questions do not need the whole corpus; the top-k chunks are enough."),
    ("genai-181", "Global questions don't need information from the whole corpus."),
    (
        "genai-184",
        "DoRA learns the rank of each layer dynamically instead of using a fixed rank.",
    ),
]

# The audit of the wider rule's findings (claim-line-names-no-subject, merged from held56a): true
# statements about the other thing of a contrast, written by held56b from the flagged line (not
# blind), each flagged on bfdeb6e and clean once the line names the subject it wrongly credits.
AUDITED_CORRECT = [
    (
        "genai-129",
        "Earlier text-to-image systems were GAN-based models such as StackGAN and AttnGAN; "
        "DALL·E 2 uses a diffusion decoder instead.",
    ),
    (
        "genai-129",
        "GANs train a generator and a discriminator with adversarial training, whereas DALL·E 2 "
        "uses diffusion.",
    ),
    (
        "genai-132",
        "Swin Transformer uses local windows like convolution, but the original ViT attends "
        "globally.",
    ),
    (
        "genai-132",
        "CNNs have built-in locality and stronger priors, so they work well on small datasets.",
    ),
    (
        "genai-132",
        "Swin Transformer's windowed attention is linear in the number of patches, whereas ViT's "
        "is quadratic.",
    ),
    (
        "genai-147",
        "Early-exit methods skip layers for easy tokens, which can change the output distribution.",
    ),
    (
        "genai-147",
        "Quantization trades a slight drop in quality for speed, whereas speculative decoding is "
        "exact.",
    ),
    (
        "genai-147",
        "A distilled smaller model gives slightly lower quality; speculative decoding keeps the "
        "large model's outputs.",
    ),
    (
        "genai-148",
        "Overlap duplicates content and wastes some tokens and storage, but it keeps context "
        "across chunk boundaries.",
    ),
    (
        "genai-154",
        "Linformer approximates the attention matrix with a low-rank projection, and sparse "
        "attention skips some attention scores; FlashAttention is exact.",
    ),
    (
        "genai-154",
        "Sparse attention performs fewer floating-point operations, but FlashAttention does the "
        "full computation.",
    ),
    (
        "genai-154",
        "Linear attention methods like Performer have linear time complexity, but they "
        "approximate; FlashAttention is still quadratic in compute.",
    ),
    (
        "genai-156",
        "Red-teaming continues after release: keep monitoring and fix problems after launch as "
        "new attacks appear.",
    ),
    (
        "genai-173",
        "Train-time compute means training longer with more training steps; test-time compute is "
        "spent when answering.",
    ),
    (
        "genai-173",
        "Standard models are just prompted to think step by step, whereas reasoning models are "
        "trained with reinforcement learning to reason.",
    ),
    ("genai-173", "Scaling test-time compute is an alternative to switching to a larger model."),
    ("genai-174", "A learned reward model is more vulnerable to hacking than a verifier."),
    (
        "genai-174",
        "Process reward models score each reasoning step, whereas RLVR checks only the final "
        "answer.",
    ),
    ("genai-174", "In RLHF humans score each response pair to build the preference data."),
    (
        "genai-181",
        "Standard RAG retrieves everything up front in a single search, whereas iterative "
        "retrieval searches again.",
    ),
    (
        "genai-181",
        "Classic knowledge-graph QA runs over a manually curated knowledge graph like Wikidata; "
        "GraphRAG extracts its graph with an LLM.",
    ),
    (
        "genai-185",
        "Merging each adapter into the weights means each customer gets its own full copy of the "
        "base model.",
    ),
    (
        "genai-190",
        "On the needle test, models perform well up to their claimed length, but on RULER many "
        "do not.",
    ),
    ("genai-195", "Some diffusion models predict the clean image directly instead of the noise."),
    (
        "genai-195",
        "Score-based diffusion samples with Langevin dynamics or an SDE, whereas flow matching "
        "integrates an ODE.",
    ),
    (
        "genai-195",
        "In diffusion the velocity varies along the curved path, whereas rectified flow follows "
        "straight paths.",
    ),
    (
        "genai-195",
        "Continuous normalizing flows integrate the ODE during training, whereas flow matching "
        "is simulation-free.",
    ),
    (
        "genai-197",
        "In MM-DiT the text tokens also provide queries, keys and values in the joint attention.",
    ),
    (
        "genai-197",
        "Stable Diffusion 1.5 used a single CLIP text encoder, whereas SD3 uses three text "
        "encoders.",
    ),
    (
        "genai-198",
        "Earlier ChatGPT plugins described their APIs with OpenAPI specs; MCP is a protocol over "
        "JSON-RPC.",
    ),
    ("genai-206", "Older TTS systems needed hundreds of hours of recordings of the speaker."),
    (
        "genai-207",
        "Spatial attention attends to nearby pixels in the same frame, while temporal attention "
        "attends across frames.",
    ),
    (
        "genai-208",
        "WaveNet modelled each waveform sample as a token, which makes sequences far too long.",
    ),
    (
        "genai-208",
        "Residual vector quantization avoids one huge codebook by stacking several small ones.",
    ),
    ("genai-212", "Non-members have higher loss than the training data."),
    (
        "genai-214",
        "Safetensors makes loading safe from code execution, but it does not remove a backdoor "
        "in the weights.",
    ),
]

# The wrong claim of each narrowed line, said of the subject the line now names: still caught.
AUDITED_WRONG = [
    ("genai-129", "DALL·E is a GAN-based model that generates images in one pass."),
    ("genai-129", "DALL·E uses a generator and a discriminator trained against each other."),
    ("genai-132", "ViT treats pixels as tokens, one token per pixel."),
    (
        "genai-132",
        "ViT uses local windows like convolution, so each patch only sees its neighbours.",
    ),
    ("genai-132", "ViTs work well on small datasets without pretraining."),
    ("genai-132", "ViT attention is linear in the number of patches."),
    ("genai-147", "Speculative decoding changes the output distribution slightly."),
    ("genai-147", "Speculative decoding causes a slight drop in quality."),
    ("genai-147", "Speculative decoding skips layers for easy tokens."),
    ("genai-147", "Speculative decoding trades quality for speed."),
    ("genai-154", "FlashAttention skips some attention scores to save time."),
    ("genai-154", "FlashAttention caches the attention matrix for the backward pass."),
    (
        "genai-154",
        "FlashAttention performs fewer floating-point operations than standard attention.",
    ),
    ("genai-154", "FlashAttention has linear time complexity in the sequence length."),
    ("genai-156", "There is no need to test beforehand; we only fix problems after launch."),
    ("genai-159", "To protect future evaluations, publish the full test set."),
    ("genai-173", "Test-time compute means training longer on more data."),
    ("genai-173", "Thinking longer is cheaper per query."),
    (
        "genai-173",
        "Reasoning models are just prompted to think step by step; there is no special training.",
    ),
    ("genai-174", "In RLVR, human annotators check each answer."),
    ("genai-174", "RLVR is more vulnerable to hacking than RLHF."),
    ("genai-174", "RLVR scores each reasoning step."),
    ("genai-174", "In RLHF humans score each response during RL training."),
    ("genai-181", "Iterative retrieval retrieves everything up front in one search."),
    ("genai-181", "GraphRAG uses a manually curated knowledge graph like Wikidata."),
    ("genai-185", "Unmerged adapters have zero latency overhead."),
    ("genai-190", "Models perform well on RULER up to their claimed length."),
    ("genai-195", "Flow matching predicts the clean image directly."),
    ("genai-195", "Flow matching samples with Langevin dynamics."),
    ("genai-195", "In rectified flow the velocity varies along the path."),
    ("genai-195", "Flow matching integrates the ODE during training."),
    (
        "genai-197",
        "In cross-attention, the text provides the queries and the image provides keys and values.",
    ),
    ("genai-197", "SD3 uses a single CLIP text encoder."),
    ("genai-198", "MCP uses OpenAPI specs to describe tools."),
    ("genai-206", "Voice cloning needs hundreds of hours of recordings of the person."),
    ("genai-207", "Temporal attention attends to nearby pixels in the same frame."),
    ("genai-208", "The codec turns each waveform sample into a token."),
    ("genai-208", "The codec uses one huge codebook."),
    ("genai-212", "Training examples have higher loss than unseen ones."),
    ("genai-214", "Safetensors makes it safe from backdoors."),
    ("genai-132", "ViT attention is linear in patches, not quadratic."),
    ("genai-154", "FlashAttention approximates the attention matrix."),
    ("genai-173", "Test-time compute means more training steps."),
    ("genai-173", "Test-time compute means switching to a larger model at inference."),
    ("genai-174", "RLVR rewards each reasoning step."),
    ("genai-185", "Each adapter needs its own full copy of the base model."),
    ("genai-197", "SD3 uses a single text encoder."),
    ("genai-210", "A training-data extraction attack makes the model reveal its system prompt."),
    ("genai-173", "Thinking longer is cheaper per query."),
    ("genai-174", "RLVR gives a reward for each step of the reasoning."),
    ("genai-174", "Verifiable rewards are dense: there is a reward at every step."),
]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT + AUDITED_CORRECT)
def test_a_true_statement_is_not_flagged(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions, (
        grade.contradictions,
        grade.misconceptions,
    )


@pytest.mark.parametrize(("question_id", "answer"), WRONG + AUDITED_WRONG)
def test_the_wrong_claim_is_still_caught(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions or grade.misconceptions, grade.score
    assert grade.score < 25, grade.score
