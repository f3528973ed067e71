"""review61, the second reader of stop 50: a fact-check sample of the genai rubric (30 concepts,
`random.Random(6162)`, and 10 references, `random.Random(6163)`, none drawn by review57 ..
review60) and the rubric and thesaurus lines changed this stop (neg61, other61, prompt61, cliff61).
Each case is a true sentence a correct answer naturally says that a line flagged, and the wrong
claim, with the line's subject named, that must stay caught; or a sentence that earned a
too-general alias. Sentences written by the reader from the prompts, references and knowledge; no
answer of the development set read (/work/s61/notes/review61.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # S1 sample, genai-177 (held-out) 'step labels are cheaper', 'process labels are cheaper to
    # collect': true of Monte Carlo labels against human annotation (Math-Shepherd's point); the
    # wrong claim is cheaper than outcome labels, so the lines say so
    (
        "genai-177",
        "With Monte Carlo rollouts, step labels are cheaper to collect than human annotation, but "
        "they are noisy.",
        False,
    ),
    (
        "genai-177",
        "With Monte Carlo rollouts, process labels are cheaper to collect than with human "
        "annotators, though noisier.",
        False,
    ),
    ("genai-177", "Step labels are cheaper than outcome labels, so PRMs are easy to build.", True),
    ("genai-177", "Process labels are cheaper to collect than outcome labels.", True),
    # S2 sample, genai-170 (held-out) 'tensor parallelism across nodes': the prompt's words drop
    # out, so the line flagged the reason tensor parallelism stays inside a node; replaced by the
    # swapped placement said whole
    (
        "genai-170",
        "Tensor parallelism across nodes is slow, because every layer needs an all-reduce over "
        "the network.",
        False,
    ),
    (
        "genai-170",
        "Tensor parallelism is rarely used across nodes because the links between nodes are slow.",
        False,
    ),
    (
        "genai-170",
        "Use tensor parallelism across nodes and pipeline parallelism within a node.",
        True,
    ),
    # S3 sample, genai-179 'questions for each document': the other trick, generating
    # hypothetical questions per document at indexing time, is real; only HyDE said so is wrong
    (
        "genai-179",
        "A related trick at indexing time is to generate hypothetical questions for each document "
        "and embed those.",
        False,
    ),
    ("genai-179", "HyDE generates questions for each document.", True),
    # S4 sample, genai-030 'no extra parameters': true of weight tying (the output layer reuses
    # the embedding matrix); said of a larger vocabulary
    (
        "genai-030",
        "With weight tying, the output layer reuses the embedding matrix, so it adds no extra "
        "parameters.",
        False,
    ),
    ("genai-030", "A larger vocabulary adds no extra parameters.", True),
    # S5 sample, genai-148 (held-out) 'overlap only wastes tokens': true of too much overlap
    (
        "genai-148",
        "Too much overlap only wastes tokens and storage, so keep it to about 10 to 20 percent.",
        False,
    ),
    ("genai-148", "Any overlap only wastes tokens, so split cleanly.", True),
    # S6 sample, genai-118 'cost is fixed per request': true of a classic model, the other side
    # of the question's contrast; said of an LLM or a generative model
    (
        "genai-118",
        "A classic classifier's cost is fixed per request, while a generative model's cost grows "
        "with the number of tokens.",
        False,
    ),
    ("genai-118", "A generative model's cost is fixed per request.", True),
    # S6 twin, genai-117 (held-out; the same line on LLMOps: true of classic MLOps)
    (
        "genai-117",
        "In classic MLOps a model's cost is fixed per request, but in LLMOps cost depends on the "
        "tokens used.",
        False,
    ),
    ("genai-117", "An LLM's cost is fixed per request, so there is nothing to monitor.", True),
    # S7 sample, genai-053 (held-out) 'few-shot reduces cost' (and 'few-shot prompting reduces
    # token cost' read without "token"): true of labelling and training cost against
    # fine-tuning; the wrong claim is about tokens per call
    (
        "genai-053",
        "Few-shot prompting reduces the cost of labelling, since you only need a handful of "
        "examples instead of a training set.",
        False,
    ),
    (
        "genai-053",
        "Compared with fine-tuning, few-shot reduces cost up front because no training is "
        "needed, but each prompt gets longer.",
        False,
    ),
    ("genai-053", "Few-shot reduces token cost compared with zero-shot.", True),
    # S8 sample, genai-200 alias 'relevance score' (joint encoding, about cross-encoders): a
    # bi-encoder's cosine similarity is a relevance score too, so the swap reading flagged it
    (
        "genai-200",
        "The bi-encoder embeds the query and each document separately and uses the cosine "
        "similarity as the relevance score.",
        False,
    ),
    (
        "genai-200",
        "A cross-encoder concatenates the query and the document and outputs a relevance score.",
        "matched joint encoding",
    ),
    # S9 sample, genai-057 'only comes from the user': true of direct injection
    (
        "genai-057",
        "Direct injection only comes from the user; indirect injection hides in a web page or "
        "email.",
        False,
    ),
    ("genai-057", "Indirect injection only comes from the user.", True),
    # S10 sample, genai-046 alias 'starting point' (foundation model): pretraining's own starting
    # point, random weights, earned the base model ('starting point for fine-tuning' kept)
    (
        "genai-046",
        "The starting point of pretraining is a randomly initialised Transformer.",
        "not foundation model",
    ),
    ("genai-046", "Pretraining is the starting point for fine-tuning.", "matched foundation model"),
    # S11 sample, genai-207 (held-out) alias 'latent space' (video latent compression): any
    # image latent diffusion earned the video VAE's compression in space and time
    (
        "genai-207",
        "Latent diffusion works in a latent space to save compute.",
        "not video latent compression",
    ),
    (
        "genai-207",
        "Video diffusion models denoise a compressed latent of the whole clip.",
        "matched video latent compression",
    ),
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
