"""review60, the second reader of stop 49: a fact-check sample of the genai rubric (30 concepts,
`random.Random(6060)`, and 10 references, `random.Random(6061)`, none drawn by review57, review58
or review59) and the rubric and thesaurus lines changed this stop (flag60, para60). Each case is a
true sentence a correct answer naturally says that a line flagged, and the wrong claim, with the
line's subject named, that must stay caught; or a sentence that earned a too-general alias.
Sentences written by the reader from the prompts, references and knowledge; no answer of the
development set read (/work/s60/notes/review60.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # S1 sample, genai-035 (held-out) 'queries come from the encoder', 'keys and values come
    # from the decoder': true of self-attention (in the decoder, its keys and values come from the
    # decoder; in the encoder, its queries from the encoder); narrowed to cross-attention
    (
        "genai-035",
        "In the decoder's self-attention the keys and values come from the decoder itself, while "
        "in cross-attention they come from the encoder.",
        False,
    ),
    (
        "genai-035",
        "In encoder self-attention the queries come from the encoder too, so every token attends "
        "to every other token of the input.",
        False,
    ),
    ("genai-035", "In cross-attention the queries come from the encoder.", True),
    (
        "genai-035",
        "Cross-attention takes its queries from the encoder and its keys and values from the "
        "decoder.",
        True,
    ),
    # S1 twin, genai-044 (the same two lines on the encoder-decoder question, same narrowing)
    (
        "genai-044",
        "In the decoder's self-attention the keys and values come from the decoder itself, while "
        "in cross-attention they come from the encoder.",
        False,
    ),
    ("genai-044", "In cross-attention the keys and values come from the decoder.", True),
    (
        "genai-044",
        "In cross-attention the queries come from the encoder and the keys and values come from "
        "the decoder.",
        True,
    ),
    # S2 sample, genai-177 (held-out) 'reasoning must be right': what a process reward model
    # demands, the other side of the question's contrast; narrowed to "a correct answer means ..."
    (
        "genai-177",
        "A process reward model checks every step, so the reasoning must be right and not just "
        "the final answer.",
        False,
    ),
    (
        "genai-177",
        "With a PRM the reasoning must be right at each step, while an ORM only checks the final "
        "answer and can reward a lucky guess.",
        False,
    ),
    ("genai-177", "A correct final answer means the reasoning must be right.", True),
    # S3 sample, genai-204 (held-out) 'average cosine similarity': a practice, not a claim, so
    # the warning against it was flagged; narrowed to evaluating by it
    (
        "genai-204",
        "A high average cosine similarity between query and document does not mean the right "
        "document comes first.",
        False,
    ),
    ("genai-204", "Evaluate with the average cosine similarity between queries and chunks.", True),
    (
        "genai-204",
        "I would evaluate the embedding model by the average cosine similarity between queries "
        "and their documents.",
        True,
    ),
    # S4 sample, genai-213 'noise to the outputs', 'noise to the predictions': true of classic
    # differential privacy (the Laplace mechanism adds noise to a query's output) and of PATE;
    # said of DP-SGD and DP training
    (
        "genai-213",
        "Classic differential privacy adds noise to the outputs of a query, while DP-SGD adds it "
        "to the clipped gradients during training.",
        False,
    ),
    ("genai-213", "DP-SGD adds noise to the model's outputs at inference time.", True),
    ("genai-213", "DP-SGD adds noise to the outputs, not the gradients.", True),
    ("genai-213", "Differential privacy training adds noise to the model's predictions.", True),
    (
        "genai-213",
        "It works by adding noise to the model's outputs at inference time, after training.",
        True,
    ),
    (
        "genai-213",
        "Unlike output perturbation, which adds noise to the outputs at inference time, DP-SGD "
        "adds noise to the clipped gradients.",
        False,
    ),
    # S5 sample, genai-215 alias 'repetition' (deduplicate): a repetition penalty at decoding,
    # or "repetition does not matter", earned the deduplication concept; dropped
    (
        "genai-215",
        "Use a repetition penalty when decoding and a content filter on the output.",
        "not deduplicate",
    ),
    ("genai-215", "Train on the data as is; repetition does not matter much.", "not deduplicate"),
    (
        "genai-215",
        "Deduplicate the training data, because repeated sequences are memorised much more.",
        "matched deduplicate",
    ),
    # S6 sample, genai-196 'DiT keeps skip connections': every transformer block keeps residual
    # (skip) connections; the U-Net's are the long ones between resolutions
    (
        "genai-196",
        "DiT keeps residual skip connections around attention and the MLP, but it has no "
        "downsampling path.",
        False,
    ),
    (
        "genai-196",
        "Like every transformer, DiT keeps skip connections inside each block, but it drops the "
        "U-Net's long skips between resolutions.",
        False,
    ),
    ("genai-196", "DiT keeps the long skip connections of the U-Net.", True),
    ("genai-196", "DiT keeps skip connections between resolutions like a U-Net.", True),
    # S7 sample, genai-068 'VAE used for upscaling': the VAE decoder does turn the 64x64 latent
    # into a 512x512 image; the wrong claim is a VAE used only as an upscaler of the final image
    (
        "genai-068",
        "The VAE decoder upscales the 64x64 latent back to a 512x512 image.",
        False,
    ),
    ("genai-068", "The VAE is only used to upscale the final image.", True),
    ("genai-068", "The VAE is used for upscaling the final image.", True),
    ("genai-068", "The VAE upscales the image at the end.", True),
    # S8 sample, genai-105 (held-out) alias 'better and worse answers' (DPO): what RLHF's
    # annotators compare too, so an answer describing only RLHF earned DPO; dropped
    (
        "genai-105",
        "In RLHF, humans compare better and worse answers and a reward model is trained on their "
        "choices, and then PPO optimises the policy.",
        "not Direct Preference Optimization",
    ),
    (
        "genai-105",
        "DPO trains directly on pairs of better and worse answers, with no reward model and no "
        "RL loop.",
        "matched Direct Preference Optimization",
    ),
    # S9 sample, genai-160 'cross-encoder over all documents', 'reranker over the full index':
    # noun phrases naming a practice, so the reason it is not done was flagged; said as claims
    (
        "genai-160",
        "Running a cross-encoder over all documents would be far too slow, so it only reranks "
        "the top 100 candidates.",
        False,
    ),
    (
        "genai-160",
        "A cross-encoder over all documents is too slow, which is why BM25 and a bi-encoder "
        "shortlist first.",
        False,
    ),
    ("genai-160", "The cross-encoder scores all documents in the corpus.", True),
    ("genai-160", "The cross-encoder is run over all documents, so no shortlist is needed.", True),
    ("genai-160", "The reranker runs over the full index for every query.", True),
    # S10 sample, genai-058 (held-out) alias 'hidden commands' (injection detection): the attack
    # itself, so describing prompt injection earned its mitigation; said as a check
    (
        "genai-058",
        "Prompt injection is when hidden commands in a retrieved document override the system "
        "prompt.",
        "not injection detection",
    ),
    (
        "genai-058",
        "Look for hidden commands in retrieved documents and remove them before the model "
        "reads them.",
        "matched injection detection",
    ),
    # F1 flag60 b88c8cac, genai-189 alias 'hard to tell the models apart' (cannot separate
    # models): read without its "hard to", as the bare 'tell the models apart' it replaced, so
    # the wrong claim that a saturated benchmark still separates the models earns the concept
    # (25.5, at affad430 too); the wrong claim said as such, the true "harder benchmark" kept
    ("genai-189", "A saturated benchmark can still tell the models apart.", True),
    (
        "genai-189",
        "Even when a benchmark saturates, the small differences still tell the models apart "
        "reliably.",
        True,
    ),
    (
        "genai-189",
        "Saturation matters because you need a harder benchmark that can still tell the models "
        "apart.",
        False,
    ),
    ("genai-189", "It is hard to tell the models apart.", "matched cannot separate models"),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    matched = {m.concept for m in grade.matched}
    if isinstance(wrong, str) and wrong.startswith("not "):  # an alias too general: not earned
        assert wrong[4:] not in matched, grade.score
    elif isinstance(wrong, str) and wrong.startswith("matched "):  # the narrowed alias's point
        assert wrong[8:] in matched, (matched, grade.score)
    else:
        assert_only_the_subject_is_flagged(grade, wrong)
