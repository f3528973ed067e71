"""gap58: fluent wrong claims that no rubric line named (issue 8), stop 47.

Each wrong sentence below is a claim of stop 46's blind wrong probes (wrong_claims_probes57p.yaml,
wrong_claims_probes57g.yaml) said with its subject or through a pronoun standing for it; each is
caught by a `contradicts` line or misconception added by gap58 and was not caught at 824c8ee.
Each correct sentence says the true claim beside it, or rejects the wrong one, and is clean on
both.
"""

from __future__ import annotations

import pytest


def found(genai, genai_grader, question_id: str, answer: str) -> list[str]:
    grade = genai_grader.grade(genai.get(question_id), answer)
    return [str(c) for c in grade.contradictions] + [str(m) for m in grade.misconceptions]


WRONG = [
    (
        "genai-027",
        "Masked language modeling is the pretraining objective of BERT, and masked language "
        "modeling reads the text from left to right.",
    ),
    (
        "genai-049",
        "Gradient checkpointing trades memory for nothing: gradient checkpointing costs no extra "
        "time.",
    ),
    (
        "genai-055",
        "RAG retrieves documents for the prompt. So it updates the model's weights with the "
        "retrieved documents at every query.",
    ),
    (
        "genai-061",
        "Prompt tuning learns soft prompt vectors. In practice, it updates all the weights of the "
        "language model as well.",
    ),
    (
        "genai-066",
        "A diffusion model learns to remove noise. In practice, it generates an image in a single "
        "forward pass.",
    ),
    ("genai-072", "In a GAN the generator is thrown away after training."),
    (
        "genai-109",
        "Perplexity is the exponential of the average negative log-likelihood. So it is better "
        "when it is higher.",
    ),
    (
        "genai-109",
        "Perplexity is computed by counting how many words are spelled wrong in the output.",
    ),
    (
        "genai-153",
        "Knowledge distillation trains a small student. This means it copies the teacher's "
        "weights directly, layer by layer.",
    ),
    (
        "genai-164",
        "Multi-query attention shares one key and value head. As a result, it makes the KV cache "
        "larger than in multi-head attention.",
    ),
    (
        "genai-167",
        "LLM decoding produces one token at a time for each sequence. Thus it is compute-bound "
        "rather than memory-bound.",
    ),
    (
        "genai-169",
        "Mamba has a recurrent state. Because of that, it needs a cache that grows with the "
        "sequence length.",
    ),
    (
        "genai-175",
        "GRPO samples a group of answers. That is why it needs a separate value network.",
    ),
    ("genai-175", "GRPO keeps the clipped objective, while PPO uses no value function at all."),
    (
        "genai-196",
        "A Diffusion Transformer works on latent patches. As a result, it relies on convolutions "
        "with skip connections.",
    ),
    ("genai-196", "Diffusion Transformers scale worse than U-Nets as they get bigger."),
    (
        "genai-200",
        "A cross-encoder reads the query and document together. Because of that, it is cheap "
        "enough to score the whole corpus.",
    ),
    # genai-046 "Pretraining is the stage where the model learns from human-labelled question and
    # answer pairs." was caught by a bare line the lead took back (it flagged a correct sentence on
    # supervised fine-tuning, test_genai_lead58.py); the 57g probe is marked missed again
    ("genai-168", "Multi-head latent attention is the same as grouped-query attention."),
    (
        "genai-178",
        "Frequency and presence penalties raise the logits of tokens that have already appeared.",
    ),
    (
        "genai-187",
        "On-policy distillation trains the student only on sequences the teacher generated "
        "before training.",
    ),
    (
        "genai-209",
        "In a cascade each stage passes the audio straight on to the next one.",
    ),
    (
        "genai-131",
        "Image captioning works by running optical character recognition on the image.",
    ),
    ("genai-157", "Between sessions the model's weights update after every chat."),
    (
        "genai-108",
        "METEOR scores a translation by counting only exact n-gram matches against the reference.",
    ),
]

CORRECT = [
    (
        "genai-027",
        "Unlike causal language modeling, which reads the text from left to right, masked "
        "language modeling predicts each hidden token from the words on both sides.",
    ),
    (
        "genai-049",
        "Gradient checkpointing is not free: it costs extra time, about a third more compute, "
        "in exchange for the memory it saves.",
    ),
    (
        "genai-055",
        "RAG changes the prompt, not the model's weights, so the knowledge can be updated "
        "without retraining.",
    ),
    (
        "genai-072",
        "After training the discriminator is thrown away and the generator alone produces the "
        "images from random noise.",
    ),
    (
        "genai-175",
        "PPO trains a value network as a critic; GRPO needs no critic because the group's mean "
        "reward is the baseline.",
    ),
    (
        "genai-108",
        "Unlike BLEU, which counts only exact n-gram matches, METEOR also matches stems and "
        "synonyms and weights recall above precision.",
    ),
    (
        "genai-167",
        "Decoding is memory-bound at batch size one, so batching helps decoding a lot, while "
        "prefill is already compute-bound.",
    ),
    (
        "genai-200",
        "A bi-encoder is cheap enough to score the whole corpus because document vectors are "
        "precomputed; the cross-encoder reranks only the top candidates.",
    ),
    (
        "genai-157",
        "The model does not remember earlier conversations by itself: its weights are fixed, "
        "so the app must resend or retrieve the history.",
    ),
    (
        "genai-168",
        "MLA is not the same as grouped-query attention: it caches one low-rank latent per "
        "token instead of sharing fewer key and value heads.",
    ),
]


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_wrong_claim_is_caught(genai, genai_grader, question_id: str, answer: str) -> None:
    assert found(genai, genai_grader, question_id, answer)


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_the_correct_sentence_is_clean(genai, genai_grader, question_id: str, answer: str) -> None:
    assert not found(genai, genai_grader, question_id, answer)


def test_the_embedding_model_credited_with_term_counting_is_caught(genai, genai_grader) -> None:
    """fresh-dev f0211's claim (genai-199): the embedding model's advantage is counting words."""
    assert found(
        genai,
        genai_grader,
        "genai-199",
        "The embedding model indexes every word. Its advantage over keyword search is that it "
        "counts frequency rather than mere presence.",
    )


def test_keyword_search_counting_words_is_clean(genai, genai_grader) -> None:
    answer = (
        "The embedding model maps text to a vector of meaning. Its advantage over keyword search "
        "is that it matches synonyms; BM25 counts how often each word appears."
    )
    assert not found(genai, genai_grader, "genai-199", answer)
