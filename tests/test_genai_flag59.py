"""flag59: wrong-claim lines of tunable questions that flag a true sentence a correct answer
naturally says, narrowed by tune57's rule (decisions and reasons: the flag59 section of
docs/grading-log.md). Each correct sentence below was flagged on 528bb0cf; each wrong control
is still found (a contradiction or misconception, < 25).

- genai-167: with a large enough batch, decoding becomes compute-bound (the roofline's ridge
  point, cp59f-014) -> the bare 'decode is compute-bound' and 'decoding is compute-bound' are
  gone; kept: 'LLM decoding is compute-bound' (a committed pronoun probe of 57p needs it) and
  the swapped or likened forms ('... and prefill is memory-bound', '... like prefill').
- genai-200: running a cross-encoder over the whole corpus would be far too slow -> 'cross-encoder
  over the whole corpus' is now said with a verb ('runs / is run over', 'searches the whole
  corpus', 'first stage uses a cross-encoder').

The audit's findings after genai-143 (claim-line-names-no-subject), each line found on a true
sentence about the other thing of the contrast and now said of the subject the wrong answer
credits: 144 the weights are independent of batch size / without a cache the cost is quadratic
-> "the KV cache ..."; 146 earlier systems reserved contiguous memory for each sequence ->
"PagedAttention / vLLM allocates ..."; 149 a dense model needs much less memory -> "an MoE
..."; 161 embedding a watermark requires access to the model -> "detection / the detector ...";
165 recent models are overtrained on purpose -> "Kaplan-era models / GPT-3 ..."; 166 the weights
are fixed regardless of context length and independent of batch size -> "the KV cache ...";
168 GQA has slightly worse quality than MHA and still caches full keys and values -> "MLA
..."; 169 an RNN is trained sequentially -> "Mamba / SSMs ..."; 172 a Chinchilla-optimal model
needs less training compute -> "over-training ..."; 175 PPO uses a single response per prompt ->
"GRPO ..."; 182 naive 4-bit quantization gives a big drop in quality -> "QLoRA ..."; 183 plain
absmax uses a single scale for the whole tensor -> "NF4 / QLoRA ..."; 189 models score near zero
on a new benchmark -> "saturation means ..."; 196 pixel-space diffusion ran the U-Net directly
on the full-resolution image -> "DiT ...".
"""

from __future__ import annotations

import pytest

CORRECT = [
    (
        "genai-167",
        "Batching raises intensity until the batch is large enough to reach the ridge point, "
        "where decoding becomes compute-bound too.",
    ),
    ("genai-167", "When the batch is large enough, decoding becomes compute-bound."),
    ("genai-167", "Decoding only becomes compute-bound at very large batch sizes."),
    ("genai-167", "Batching helps until decoding becomes compute-bound."),
    ("genai-200", "Running a cross-encoder over the whole corpus would be far too slow."),
    ("genai-200", "Using a cross-encoder over the whole corpus would be far too slow."),
    ("genai-144", "Without a cache, the total cost of generation is quadratic in sequence length."),
    ("genai-144", "The weights are independent of batch size."),
    (
        "genai-146",
        "Earlier serving systems reserved contiguous memory for each sequence, sized for the "
        "maximum length.",
    ),
    (
        "genai-149",
        "A dense model with the same number of active parameters needs much less memory.",
    ),
    (
        "genai-161",
        "Embedding the watermark requires access to the model's sampling, so only the provider "
        "can add it.",
    ),
    (
        "genai-165",
        "Many recent models are overtrained relative to Chinchilla on purpose, to be cheaper at "
        "inference.",
    ),
    ("genai-166", "The weights are fixed regardless of context length."),
    ("genai-166", "The weight memory is independent of batch size."),
    (
        "genai-166",
        "The weights take 14 GB and do not depend on the number of sequences, while the cache "
        "grows with batch size.",
    ),
    ("genai-168", "GQA still caches full keys and values for each of its KV heads."),
    ("genai-168", "GQA has slightly worse quality than MHA, while MLA matches or beats it."),
    (
        "genai-169",
        "An RNN is trained sequentially, while Mamba uses a parallel scan during training.",
    ),
    ("genai-172", "A Chinchilla-optimal model needs less training compute for the same loss."),
    ("genai-175", "PPO usually generates a single response per prompt and relies on the critic."),
    (
        "genai-182",
        "Naive 4-bit quantization can cause a big drop in quality; NF4 avoids most of it.",
    ),
    (
        "genai-183",
        "Plain absmax quantization uses a single scale for the whole tensor, so one outlier ruins "
        "the precision.",
    ),
    (
        "genai-189",
        "On a new benchmark such as Humanity's Last Exam, models score near zero at first.",
    ),
    (
        "genai-196",
        "Early pixel-space diffusion models ran the U-Net directly on the full-resolution image.",
    ),
]

WRONG = [
    ("genai-167", "LLM decoding is compute-bound."),
    ("genai-167", "Decode is compute-bound like prefill."),
    ("genai-167", "Decoding is compute-bound like prefill, so batching helps little."),
    ("genai-167", "Decoding is compute-bound while prefill is memory-bound."),
    (
        "genai-167",
        "LLM decoding produces one token at a time for each sequence. Thus it is compute-bound "
        "rather than memory-bound.",
    ),
    ("genai-200", "The cross-encoder runs over the whole corpus at query time."),
    ("genai-200", "The cross-encoder is run over the whole corpus and the bi-encoder reranks."),
    ("genai-200", "The first stage uses a cross-encoder over the whole corpus."),
    ("genai-200", "The first stage uses a cross-encoder."),
    ("genai-200", "The cross-encoder scores the whole corpus."),
    ("genai-144", "The KV cache is independent of batch size."),
    ("genai-144", "The KV cache is quadratic in sequence length."),
    ("genai-144", "The cache memory grows quadratically with sequence length."),
    ("genai-146", "PagedAttention allocates contiguous memory for each sequence."),
    ("genai-149", "An MoE needs much less memory than a dense model."),
    ("genai-161", "Watermark detection requires access to the model."),
    ("genai-161", "Detection needs access to the model that generated the text."),
    ("genai-161", "The detector needs the original model to check the text."),
    ("genai-165", "Kaplan-era models were overtrained."),
    ("genai-165", "GPT-3 was overtrained, so Chinchilla recommended fewer tokens."),
    ("genai-166", "The KV cache is fixed regardless of context length."),
    ("genai-166", "The KV cache does not depend on the number of sequences."),
    ("genai-166", "The KV cache size is independent of batch size."),
    ("genai-168", "MLA has worse quality than MHA."),
    ("genai-169", "Mamba is trained sequentially like an RNN."),
    ("genai-169", "State-space models are trained sequentially."),
    ("genai-169", "Mamba training is sequential, like an RNN."),
    ("genai-172", "Over-training needs less training compute."),
    ("genai-172", "Training past the Chinchilla ratio uses less training compute."),
    ("genai-175", "GRPO uses a single response per prompt."),
    ("genai-182", "QLoRA causes a big drop in quality."),
    ("genai-183", "NF4 uses a single scale for the whole tensor."),
    ("genai-189", "Saturation means models score near zero on the benchmark."),
    ("genai-196", "A DiT works directly on the full-resolution image."),
]

CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_wrong_claim_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """A true sentence a correct answer naturally says keeps no contradiction or misconception;
    the wrong claim is still found and keeps it under 25."""
    grade = genai_grader.grade(genai.get(question_id), answer)
    found = (grade.contradictions, grade.misconceptions, grade.score)
    if wrong:
        assert (grade.contradictions or grade.misconceptions) and grade.score < 25, found
    else:
        assert not grade.contradictions and not grade.misconceptions, found
