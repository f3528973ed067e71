"""Second reading of stop 31's rubric lines (docs/reviews/rubric-stop31-second-reading.md).

Sentences written for this review, none taken from a graded answer: what a correct answer says
while discussing a question's misconception must not be flagged with it, and the wrong claim,
in words of its own, must be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def genai() -> Bank:
    return load_bank(REPO / "banks" / "genai.yaml")


@pytest.fixture(scope="module")
def grader(genai: Bank) -> Grader:
    return Grader(genai)


# (question, a correct sentence a line of stop 31 flagged before this review)
CORRECT = [
    # training computes every position at once: only generation is one token at a time
    (
        "genai-025",
        "In training GPT outputs all the tokens at once in parallel under the causal mask, "
        "but generation is autoregressive.",
    ),
    # the contrast with classic keyword search, not a claim about LLM tokenizers
    (
        "genai-029",
        "In classic search pipelines stop words are thrown away, but an LLM tokenizer keeps them.",
    ),
    # deep prompt tuning (P-tuning v2) does put a soft prompt at every layer
    (
        "genai-061",
        "P-tuning v2 puts a soft prompt at every layer, while prompt tuning uses the input "
        "embeddings only.",
    ),
    (
        "genai-090",
        "The prompt is a prefix of the generated text in a language model, but prefix tuning "
        "learns continuous vectors at every layer instead.",
    ),
    # an HNSW index is a nearest-neighbour graph of the chunks: that is vector search
    (
        "genai-181",
        "Vector search uses an HNSW index, a nearest-neighbour graph of the chunks, but GraphRAG "
        "extracts entities and relations.",
    ),
    # 'DiT has no VAE' was a phrase in the negative: it matched this denial
    ("genai-196", "DiT does not remove the VAE: it patchifies the VAE latent."),
    # cross-attention conditioning does leave the text unchanged (the reference says so)
    (
        "genai-197",
        "With cross-attention the text embeddings are never updated, while MM-DiT refines the "
        "text tokens in every block.",
    ),
    (
        "genai-197",
        "In the U-Net with cross-attention the text tokens stay fixed through the network; in "
        "MM-DiT they are updated too.",
    ),
    (
        "genai-197",
        "In cross-attention conditioning only the image tokens are updated, and the text is a "
        "fixed input.",
    ),
    # 'with or without' made the phrase negative: it matched this denial
    (
        "genai-213",
        "DP does not make the model identical with or without any record; it bounds the change.",
    ),
    ("genai-168", "MLA does not need a full KV cache per head, only a latent."),
]

# (question, a correct sentence that was already left alone: kept so that a narrower line
# stays narrow)
STILL_CORRECT = [
    (
        "genai-029",
        "Unlike stemming, which reduces words to their stems, subword tokenization "
        "splits words by frequency.",
    ),
    (
        "genai-077",
        "Unlike GANs, diffusion models gradually remove noise over many steps, while a "
        "GAN generator maps noise to an image in one pass.",
    ),
    (
        "genai-133",
        "Flamingo inserts gated cross-attention layers between the existing layers of "
        "the frozen language model.",
    ),
    (
        "genai-146",
        "PagedAttention packs the KV cache into blocks allocated on demand, cutting fragmentation.",
    ),
    (
        "genai-169",
        "In attention each token attends to all earlier tokens through the KV cache, "
        "whereas Mamba keeps a fixed-size state.",
    ),
    (
        "genai-193",
        "There are many valid paths, so the benchmarks cannot require an exact sequence "
        "of tool calls; they check the outcome.",
    ),
    (
        "genai-197",
        "The text encoders, CLIP and T5, are kept frozen, and MM-DiT updates both the "
        "text and image streams through joint attention.",
    ),
    (
        "genai-200",
        "A cross-encoder, unlike a bi-encoder that embeds them separately, reads the "
        "query and document together.",
    ),
]

WRONG = [
    ("genai-025", "GPT generates the whole answer at once in a single pass through the decoder."),
    ("genai-029", "The tokenizer throws away stop words like the and a."),
    ("genai-181", "GraphRAG builds a graph of similar chunks from their embeddings."),
    ("genai-196", "DiT removes the VAE and denoises the raw pixels directly."),
    ("genai-196", "DiT operates directly on raw pixels, cutting the image into patches."),
    ("genai-197", "MM-DiT keeps the text tokens fixed and only updates the image tokens."),
    (
        "genai-197",
        "In MM-DiT only the image tokens are updated by the blocks; the text is context.",
    ),
    ("genai-213", "DP guarantees the model is exactly the same if any record is removed."),
    ("genai-213", "Removing a record leaves the model exactly the same, so nothing leaks."),
    ("genai-168", "MLA gets rid of the KV cache entirely."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT + STILL_CORRECT)
def test_a_correct_sentence_is_not_flagged(
    genai: Bank, grader: Grader, qid: str, answer: str
) -> None:
    grade = grader.grade(genai.get(qid), answer)
    assert grade.misconceptions == (), [m.evidence for m in grade.misconceptions]


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_the_wrong_claim_is_flagged(genai: Bank, grader: Grader, qid: str, answer: str) -> None:
    grade = grader.grade(genai.get(qid), answer)
    assert grade.misconceptions, answer
    assert all(e in answer for m in grade.misconceptions for e in m.evidence)


# (question, a concept, a sentence that makes a weaker or another claim): the plain-language
# aliases of f5df2fb and 66f5000 credited the concept to these
NOT_THE_CONCEPT = [
    # distillation and pruning shrink a model too, and distillation is its own concept there
    (
        "genai-125",
        "quantization",
        "Use distillation to shrink the model into a smaller student that is cheaper to run.",
    ),
    (
        "genai-125",
        "batch API for offline work",
        "Buy GPU capacity in bulk to get a discount from the cloud provider.",
    ),
    # filtering training data is data curation, not a deployment guardrail
    (
        "genai-139",
        "guardrails",
        "Curate the training data and use filters to remove toxic documents before training.",
    ),
    # 'expert' is a word of the question, so 'smaller expert blocks' was read as 'smaller blocks'
    (
        "genai-149",
        "expert feed-forward networks",
        "The model is split into several smaller blocks placed on different GPUs.",
    ),
    # that is self-attention, the contrast of the concept
    (
        "genai-133",
        "queries from one modality",
        "In self-attention each word looks over the whole sentence.",
    ),
    # a linear cost gets expensive with length too
    (
        "genai-022",
        "quadratic cost",
        "The cost grows linearly, so it gets expensive as texts get long.",
    ),
    (
        "genai-075",
        "Wasserstein loss",
        "Use a better loss, such as the least-squares loss of LSGAN.",
    ),
    (
        "genai-075",
        "Wasserstein loss",
        "Switch to the hinge loss, a better scoring rule for the discriminator.",
    ),
    (
        "genai-075",
        "spectral normalization",
        "Put limits on how extreme the generated images can be by clipping pixel values.",
    ),
]


@pytest.mark.parametrize(("qid", "concept", "answer"), NOT_THE_CONCEPT)
def test_a_weaker_claim_is_not_credited_as_the_concept(
    genai: Bank, grader: Grader, qid: str, concept: str, answer: str
) -> None:
    grade = grader.grade(genai.get(qid), answer)
    assert concept not in {m.concept for m in grade.matched}


# the misconceptions written for genai-103, 134 and 163, which had none: the wrong claim is
# caught, and correct sentences on the same point are not flagged
NEW_WRONG = [
    (
        "genai-103",
        "The reward is the probability that the answer is good, so 0.9 means a 90 percent good "
        "answer.",
    ),
    ("genai-103", "The preference model minimises the squared error against the labels."),
    ("genai-134", "Adding images always improves the model, since more data is always better."),
    (
        "genai-134",
        "You can plug in a vision encoder and it just works, because the LLM understands image "
        "embeddings out of the box.",
    ),
    (
        "genai-163",
        "TTFT is the same for any prompt length, since only decode depends on the prompt.",
    ),
]
NEW_CORRECT = [
    (
        "genai-103",
        "A reward score is not an absolute measure of quality: only differences between scores "
        "matter.",
    ),
    (
        "genai-103",
        "The probability that A is preferred to B is the sigmoid of the difference of their "
        "scores.",
    ),
    (
        "genai-103",
        "The reward model is trained with a log-sigmoid loss on the score difference, not mean "
        "squared error.",
    ),
    (
        "genai-134",
        "Adding a modality does not always improve the model: modalities can compete and text "
        "skills can be forgotten.",
    ),
    (
        "genai-134",
        "LLaVA trains a projector so the LLM can read the image features; Flamingo adds "
        "cross-attention layers.",
    ),
    (
        "genai-163",
        "Time to first token is not the same for any prompt length: longer prompts take longer "
        "to prefill.",
    ),
    (
        "genai-163",
        "Long answers mainly hurt total time, while the time to first token depends on the "
        "prompt length.",
    ),
]


@pytest.mark.parametrize(("qid", "answer"), NEW_WRONG)
def test_a_new_misconception_catches_its_claim(
    genai: Bank, grader: Grader, qid: str, answer: str
) -> None:
    grade = grader.grade(genai.get(qid), answer)
    assert grade.misconceptions and not grade.passed, answer


@pytest.mark.parametrize(("qid", "answer"), NEW_CORRECT)
def test_a_new_misconception_spares_a_correct_sentence(
    genai: Bank, grader: Grader, qid: str, answer: str
) -> None:
    assert grader.grade(genai.get(qid), answer).misconceptions == ()


def test_a_denial_that_things_never_fail_is_no_claim_about_adding_agents(
    genai: Bank, grader: Grader
) -> None:
    # 'multi-agent systems never fail' was a phrase in the negative: it matched any 'never fail'
    answer = "Multi-agent systems never fail silently if you trace every hand-off."
    assert grader.grade(genai.get("genai-203"), answer).misconceptions == ()
