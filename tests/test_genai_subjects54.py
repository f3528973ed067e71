"""subjects54: `contradicts` lines that named no subject flagged a correct answer saying the
line of the *other* method of a contrast (correct_probes54c, written blind; the audit's
claim-line-no-subject). Each line is narrowed to the subject it wrongly credits; a wrong answer
that says it of that subject is still caught.

- genai-029 (tokenization): 'splits text into words', 'each character is one token', 'one token
  per word/character' are true of word- and character-level tokenizers ("Older word-level
  tokenizers split text into words", cp54c-007/008) -> said of LLM tokenization.
- genai-033 (beam search): 'keeps only the best token' is greedy decoding, 'picks the next word
  at random', 'samples B tokens at random' are sampling (cp54c-009) -> "beam search ...".
- genai-108 (METEOR): 'treats the text as a bag of words' is true of unigram overlap
  (cp54c-017), 'only exact word matches' of BLEU -> "METEOR ...".
- genai-118 (deploying a generative model): 'answers in a single forward pass' is true of a
  classifier (cp54c-019) -> "a generative model / an LLM ...".
- genai-044 (decoder vs encoder): 'queries from the encoder' matched "its queries attend to the
  encoder's outputs" (cp54c-011); dropped ('queries come from the encoder' stays).
- genai-005 (types of generative AI): 'generates all tokens in parallel / at once' is true of
  non-autoregressive models -> "GPT / autoregressive models ...".
"""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CORRECT = [
    (
        "genai-029",
        "Tokenization turns raw text into integer IDs from a fixed vocabulary. Older word-"
        "level tokenizers split text into words, which gives a huge vocabulary and unknown "
        "words; character-level tokenizers split text into individual characters, which makes"
        " sequences very long. LLMs use subword tokenization such as BPE, so common words are"
        " one token and rare words are split into pieces.",
    ),
    (
        "genai-029",
        "A tokenizer maps text to token IDs. With a character vocabulary each character is "
        "one token and sequences get long; with a word vocabulary every misspelling is "
        "unknown. Byte-pair encoding merges the most frequent pairs, so common words become "
        "one token and rare words several.",
    ),
    (
        "genai-033",
        "Beam search keeps the B most likely partial sequences at each step and ranks them by"
        " total log-probability. Greedy decoding keeps only the best token at each step and "
        "can miss a better sequence. Beam search is deterministic and suits translation.",
    ),
    (
        "genai-033",
        "Beam search keeps the B best partial sequences by cumulative log-probability, so it "
        "is deterministic. Top-k sampling instead picks the next word at random from the k "
        "most likely, which gives more diverse text.",
    ),
    (
        "genai-108",
        "METEOR aligns the candidate and reference word by word with exact, stem and synonym "
        "matches, weights recall above precision, and adds a fragmentation penalty for word "
        "order. Plain unigram overlap treats the text as a bag of words, and BLEU uses only "
        "n-gram precision.",
    ),
    (
        "genai-118",
        "A standard classifier answers in a single forward pass with a small fixed output, so"
        " latency is predictable. A generative model is far larger, needs GPUs and generates "
        "token by token, so latency grows with output length and serving needs a KV cache, "
        "batching and streaming; cost is per token.",
    ),
    (
        "genai-005",
        "Autoregressive models like GPT generate one token at a time, each conditioned on the"
        " ones before. Non-autoregressive models generate all tokens in parallel, which is "
        "faster but less fluent. GANs train a generator against a discriminator, VAEs encode "
        "into a latent distribution, and diffusion models denoise from noise over many steps.",
    ),
    (
        "genai-044",
        "The encoder uses bidirectional self-attention over the whole input. The decoder uses"
        " masked self-attention, so each position only sees earlier ones, and adds a cross-"
        "attention layer where its queries attend to the encoder's outputs. The decoder "
        "generates one token at a time.",
    ),
]
WRONG = [
    (
        "genai-029",
        "LLM tokenization splits text into words, so every word is one token in the vocabulary.",
    ),
    (
        "genai-029",
        "Tokenization in LLMs splits text into words and looks each word up in a dictionary.",
    ),
    (
        "genai-029",
        "In an LLM each character is one token, so the vocabulary has a few hundred entries.",
    ),
    (
        "genai-033",
        "Beam search keeps only the best token at each step, the same as greedy decoding.",
    ),
    (
        "genai-033",
        "Beam search picks the next word at random from the top B words, so it adds randomness.",
    ),
    (
        "genai-108",
        "METEOR treats the text as a bag of words and only counts exact matches with the "
        "reference.",
    ),
    (
        "genai-118",
        "An LLM answers in a single forward pass, so serving it is the same as serving any "
        "other model.",
    ),
    (
        "genai-044",
        "In cross-attention the queries come from the encoder and the keys and values come "
        "from the decoder.",
    ),
    (
        "genai-005",
        "Autoregressive models like GPT generate all tokens in parallel in one step.",
    ),
    (
        "genai-033",
        "Beam search samples B tokens at random at each step and keeps them.",
    ),
    (
        "genai-108",
        "METEOR ignores the order of words, so a scrambled sentence scores the same.",
    ),
]


CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_wrong_subject_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """See subject_helpers.assert_only_the_subject_is_flagged."""
    assert_only_the_subject_is_flagged(genai_grader.grade(genai.get(question_id), answer), wrong)
