"""tune57: wrong-claim lines of tunable questions that name none of their question's subjects
(the audit's claim-line-names-no-subject, and the false flags stop 45 listed), narrowed to the
subject the wrong answer credits because something a correct answer naturally mentions plainly
does what the line says (decisions and reasons: the tune57 section of docs/grading-log.md).
Each correct sentence below was flagged on 5d1ada7; each wrong control names the narrowed
line's subject and is still found (a contradiction or misconception, < 25).

- genai-001: a search engine retrieves the closest match -> "works like a search engine",
  "generative AI / a generative model is like a search engine".
- genai-009: traditional ML does fraud detection, spam filtering, credit scoring, image
  recognition -> "generative AI is used for ...", "applications include ...".
- genai-036: an RNN, Mamba, the KV cache: the cost grows only linearly -> "self-attention /
  attention / transformer cost grows only linearly".
- genai-049: ordinary backpropagation keeps every activation -> "(gradient) checkpointing ...".
- genai-078: PNG is lossless compression -> "the VAE / the autoencoder is lossless compression".
- genai-120: the OpenAI SDK supports only OpenAI models, is tied to OpenAI -> "LangChain ...".
- genai-152: 'output the score before explaining' is found, words in any order, in "explain its
  reasoning before it outputs the score" (the right order): dropped.
- genai-199: keyword search only finds documents that share the words -> "still needs / still
  only finds documents that share some words" (the prompt's "keyword search" is read as the
  question's own subject, so a named subject does not separate them).
- genai-213: encryption keeps the training data encrypted -> "differential privacy / DP ...".
"""

from __future__ import annotations

import pytest

CORRECT = [
    (
        "genai-001",
        "A search engine retrieves the closest match, while a generative model creates new "
        "content.",
    ),
    ("genai-009", "Traditional machine learning still handles tasks like fraud detection."),
    (
        "genai-009",
        "A discriminative model classifies transactions as fraud or not, and predicting churn is "
        "a job for a classifier.",
    ),
    (
        "genai-009",
        "Detecting fraud, filtering spam and credit scoring are classic discriminative tasks.",
    ),
    (
        "genai-009",
        "Image recognition and object detection, such as recognising faces, are done by "
        "discriminative vision models, not generative ones.",
    ),
    ("genai-036", "An RNN's cost grows only linearly with the sequence length."),
    ("genai-036", "The KV cache memory cost grows only linearly with sequence length."),
    ("genai-036", "With Mamba the cost grows only linearly with length."),
    (
        "genai-049",
        "Normal backpropagation keeps every activation in memory, while checkpointing "
        "recomputes them.",
    ),
    (
        "genai-049",
        "Standard training stores every activation from the forward pass, and a framework "
        "without checkpointing caches every activation for the backward pass.",
    ),
    ("genai-078", "PNG uses lossless compression, but the VAE's latent loses fine detail."),
    (
        "genai-120",
        "The OpenAI Python SDK supports only OpenAI models, while LangChain offers one interface "
        "to many providers.",
    ),
    (
        "genai-120",
        "The OpenAI SDK is tied to OpenAI, and the Assistants API is locked to OpenAI too; "
        "LangChain can swap providers.",
    ),
    (
        "genai-152",
        "Ask the judge to explain its reasoning before it outputs the score, rather than to "
        "output the score first.",
    ),
    (
        "genai-199",
        "Keyword search only finds documents that share the exact words of the query.",
    ),
    (
        "genai-199",
        "Keyword search like BM25 only finds documents that share some words with the query.",
    ),
    (
        "genai-213",
        "Encryption protects the data at rest: the training data is encrypted on disk, but the "
        "model can still memorize it.",
    ),
    (
        "genai-213",
        "Homomorphic encryption encrypts the training data, which is a different guarantee from "
        "differential privacy.",
    ),
]

WRONG = [
    ("genai-001", "Generative AI works like a search engine that returns the closest example."),
    ("genai-001", "A generative model is like a search engine that finds the answer."),
    ("genai-009", "Generative AI is mainly used for fraud detection."),
    ("genai-009", "Generative AI is used for detecting fraud and predicting churn."),
    ("genai-009", "Generative AI classifies transactions."),
    ("genai-009", "Generative AI is used for filtering spam and credit scoring."),
    ("genai-009", "Generative AI is mainly used for object detection."),
    ("genai-009", "A common application is fraud detection in banks."),
    ("genai-036", "Self-attention cost grows only linearly with the sequence length."),
    ("genai-036", "The attention cost grows only linearly."),
    ("genai-036", "In a transformer the cost grows only linearly with the length of the input."),
    ("genai-049", "Gradient checkpointing keeps every activation in memory."),
    ("genai-049", "Checkpointing stores every activation so nothing is recomputed."),
    ("genai-049", "Gradient checkpointing caches every activation of the forward pass."),
    ("genai-078", "The VAE performs lossless compression of the image."),
    ("genai-078", "The VAE is a lossless compression of the image."),
    ("genai-120", "LangChain supports only OpenAI models."),
    ("genai-120", "LangChain is tied to OpenAI."),
    ("genai-120", "LangChain is locked to OpenAI."),
    ("genai-120", "LangChain is designed only for GPT."),
    ("genai-152", "Have the judge output the score first and then explain."),
    ("genai-152", "Output the score first so it is easy to parse."),
    (
        "genai-199",
        "Embedding search still only finds documents that share some words with the query.",
    ),
    ("genai-199", "Embeddings still need documents that share some words with the query."),
    ("genai-199", "It still needs the documents to share some words with the query."),
    ("genai-213", "Differential privacy encrypts the training data."),
    ("genai-213", "With differential privacy the training data is encrypted."),
    ("genai-213", "DP encrypts the training data so nobody can read it."),
    ("genai-213", "In DP the training data is encrypted."),
]

CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_named_subject_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """A correct sentence about the other thing keeps no contradiction or misconception; the
    wrong claim said of the narrowed line's subject is still found and keeps it under 25."""
    grade = genai_grader.grade(genai.get(question_id), answer)
    found = (grade.contradictions, grade.misconceptions, grade.score)
    if wrong:
        assert (grade.contradictions or grade.misconceptions) and grade.score < 25, found
    else:
        assert not grade.contradictions and not grade.misconceptions, found
