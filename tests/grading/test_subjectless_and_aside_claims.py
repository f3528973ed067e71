"""veto55: wrong claims said with no subject, and wrong claims said in an aside (issue 8).

- A `contradicts` line narrowed to the question's subject ("in GPT each token attends to earlier
  and later tokens") is found where a wrong answer leaves the subject out, on a question that
  contrasts no two subjects, when nothing in the sentence (or a name in the sentence before)
  names another thing (subjectless_claims.py). review54's genai-034 case scored 39.1 unflagged;
  subjects54's lost control "Tokenization splits text into words" (genai-029) too.
- "Unlike X, where <claim>": the relative clause is set aside as a claim about the answer's
  main subject, and is still a claim about X (asides.Asides.aside_of): a concept `about` the
  other subject said there is a swap, a line of a concept about X, a line narrowed to X, or
  (on a question about one thing) a line narrowed to the question's subject is found there.
Wrong answers: wrong_claims_probes55 asides (genai-062, 168, 169) and sentences written for
this test; each failed on bc44b01. Controls: the true statement of the other method, in the same
shapes, is not flagged."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def flagged(genai, genai_grader, question_id: str, answer: str) -> bool:
    grade = genai_grader.grade(genai.get(question_id), answer)
    return bool(grade.contradictions or grade.misconceptions)


def test_aside_of_is_the_noun_a_rejecting_phrase_names() -> None:
    s = Structure.of(Text.of("Unlike GPT, where each token attends to all tokens, BERT is wide."))
    w = s.text.words
    assert s.aside_of(w.index("attends")) == range(0, 2)
    assert s.aside_of(w.index("wide")) is None
    plain = Structure.of(Text.of("GPT is a decoder, where each token attends to earlier ones."))
    assert plain.aside_of(plain.text.words.index("attends")) is None


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-034", "Each token attends to earlier and later tokens."),
        ("genai-034", "With attention masking, each token attends to earlier and later tokens."),
        ("genai-034", "GPT is a decoder. It attends to past and future tokens, like an encoder."),
        (
            "genai-034",
            "Unlike GPT, where each token attends to earlier and later tokens, BERT uses a mask.",
        ),
        ("genai-029", "Tokenization splits text into words, one token per word."),
        (
            "genai-062",
            "I choose a hard prompt when I have no training data and need something I can read "
            "and edit, and a soft prompt when I have labelled data and access to the model's "
            "embeddings. Unlike a hard prompt, where the prompt is a set of trainable vectors "
            "learned by gradient descent, a soft prompt is learned while the model stays frozen.",
        ),
        (
            "genai-168",
            "Unlike grouped-query attention, where every query head keeps its own separate key and "
            "value head so nothing is shared, MLA compresses the keys and values into a small "
            "low-rank latent vector per token and caches only that latent, reconstructing the "
            "keys and values by up-projection when they are needed.",
        ),
        (
            "genai-169",
            "Unlike attention, where memory stays constant as the context grows because each "
            "token keeps only a fixed-size state, Mamba keeps a fixed-size recurrent state, so its "
            "cost per decoded token is constant. Hybrids combine the two because Mamba is weaker "
            "at exact recall from long contexts.",
        ),
    ],
)
def test_a_wrong_claim_without_its_subject_or_in_an_aside_is_caught(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    assert flagged(genai, genai_grader, question_id, answer)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-034",
            "In BERT each token attends to earlier and later tokens, while in GPT the causal mask "
            "hides future tokens.",
        ),
        (
            "genai-034",
            "BERT is bidirectional. Each token attends to earlier and later tokens. GPT's causal "
            "mask hides the future tokens instead.",
        ),
        (
            "genai-034",
            "Unlike BERT, where each token attends to earlier and later tokens, GPT uses a causal "
            "mask so each token sees only earlier tokens.",
        ),
        (
            "genai-029",
            "Older word-level tokenizers split text into words; LLMs use subword tokenization "
            "such as BPE.",
        ),
        (
            "genai-080",
            "Unlike GANs, where training is an unstable adversarial game that can collapse, "
            "diffusion models train with a simple and stable denoising loss.",
        ),
        (
            "genai-168",
            "Unlike grouped-query attention, where a group of query heads shares one key and value "
            "head, MLA compresses the keys and values of each token into a small latent vector "
            "and caches only that latent.",
        ),
        (
            "genai-169",
            "Unlike attention, where the KV cache grows with every token of context, Mamba keeps a "
            "fixed-size recurrent state, so each decoding step costs constant memory.",
        ),
        (
            "genai-062",
            "Unlike a soft prompt, where the prompt is a set of trainable vectors learned by "
            "gradient descent, a hard prompt is text a person writes.",
        ),
    ],
)
def test_the_same_words_said_of_the_other_method_are_not_flagged(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    assert not flagged(genai, genai_grader, question_id, answer)
