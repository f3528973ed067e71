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

The probes' questions (correct_probes57t), the other thing a correct answer names -> the
subject now written: 005 training starts from a clean image -> "generation / sampling ...";
006 LSTMs, a search tool -> "GPT ..." ('encoder-only transformer like BERT' taken
back: fresh-dev f0011 was no longer caught); 008 classifiers on labelled data, k-means ->
"generative models ...", "unsupervised learning just / only clusters the data"; 010 GPT-3.5's
worse reasoning and more hallucinations -> "GPT-4 ..."; 011 a search engine finds existing
photos -> "image generators / DALL-E ..."; 012 RNN-based models, classic ML per task -> "LLMs /
an LLM ..."; 015 taken back (w48a-017, a train-blind wrong answer, was no longer caught); 016 a
RAG system -> "LLMs / an LLM have access ..."; 018 Searle's Chinese room -> "the Turing test
was proposed by John Searle"; 024 an RNN reads in order, learned embeddings do not generalise
-> "a Transformer / self-attention would still ...", "learned (position) embeddings ..."; 029 a
character-level tokenizer -> "LLM tokenizers / LLMs split ..."; 039 the training set -> "the
context window is / means how much data ..."; 043 batch norm, dropout -> "layer norm ...";
075 a near-perfect discriminator's vanishing gradients -> "a near-perfect discriminator
stabilizes training", "aim for ..."; 104 the reward model's scores, ChatGPT's thumbs-down
buttons, DPO-aligned models -> "labelers gave ...", "RLHF used / trained on ...", "ChatGPT /
InstructGPT was aligned with DPO"; 118 a standard model on a CPU, one correct answer, a fixed
cost and latency -> "a generative model / LLMs ...".
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

CORRECT_PROBE_QUESTIONS = [
    ("genai-005", "During training we start from a clean image and add noise to it."),
    (
        "genai-006",
        "Earlier language models were built from recurrent LSTM layers, but GPT uses attention.",
    ),
    ("genai-006", "A search tool looks things up online, but GPT answers from what it learned."),
    (
        "genai-008",
        "Discriminative classifiers are trained on labelled datasets, while generative models "
        "learn from raw data.",
    ),
    (
        "genai-008",
        "Clustering algorithms like k-means cluster the data into groups, which is another kind "
        "of unsupervised learning.",
    ),
    ("genai-010", "GPT-3.5 had more hallucinations and worse reasoning than GPT-4."),
    (
        "genai-011",
        "A search engine finds existing photos, while an image generator creates new ones.",
    ),
    ("genai-012", "Earlier language models were built on RNNs, but LLMs use the Transformer."),
    (
        "genai-012",
        "Classic ML models are trained separately for every task, while one LLM can be prompted "
        "for many.",
    ),
    (
        "genai-016",
        "A RAG system searches a database of documents and gives the model the retrieved text, "
        "so it has access to a knowledge base.",
    ),
    ("genai-018", "The Chinese room argument was proposed by John Searle."),
    (
        "genai-024",
        "An RNN would still read words in order, because it processes tokens one by one.",
    ),
    (
        "genai-029",
        "A character-level tokenizer splits text into individual characters only, which makes "
        "sequences long.",
    ),
    (
        "genai-039",
        "The training set size is how much data it was trained on, which is different from the "
        "context window.",
    ),
    (
        "genai-043",
        "Batch normalization computes the mean and variance across the batch, averaging over the "
        "examples in the batch.",
    ),
    ("genai-043", "Batch norm averages over the batch, while layer norm works on each token."),
    ("genai-043", "Dropout regularises the model; layer norm is for stable training."),
]

WRONG_PROBE_QUESTIONS = [
    ("genai-005", "Diffusion models generate by starting from a clean image and adding noise."),
    ("genai-005", "Generation starts from a clean image."),
    ("genai-006", "GPT is an encoder-only transformer like BERT."),
    ("genai-006", "GPT looks things up online when you ask it something."),
    ("genai-006", "GPT looks up answers in its training data."),
    ("genai-006", "GPT is built from recurrent LSTM layers."),
    ("genai-008", "Generative models are trained on labelled datasets."),
    ("genai-008", "Unsupervised learning just clusters the data."),
    ("genai-010", "GPT-4 has worse reasoning and more hallucinations than GPT-3.5."),
    ("genai-011", "DALL-E finds existing pictures on the web."),
    ("genai-011", "DALL-E finds existing photos and edits them."),
    ("genai-012", "LLMs are built on RNNs."),
    ("genai-012", "LLMs are trained separately for every task."),
    ("genai-016", "LLMs have access to a knowledge base of facts."),
    ("genai-018", "The Turing test was proposed by John Searle."),
    ("genai-024", "A Transformer would still read words in order without positional encoding."),
    ("genai-024", "Learned position embeddings generalise to longer sequences."),
    ("genai-029", "LLM tokenizers split text into individual characters only."),
    ("genai-029", "LLMs split text into individual characters only."),
    ("genai-039", "The context window is how much data it was trained on."),
    ("genai-043", "Layer norm averages over the batch."),
    ("genai-043", "Layer norm computes the mean and variance across the batch."),
    ("genai-043", "Layer norm regularises the model like dropout."),
]

CORRECT_CONTRASTS = [
    (
        "genai-118",
        "A standard ML model, such as a fraud classifier, runs easily on a CPU and answers in "
        "milliseconds.",
    ),
    (
        "genai-118",
        "A standard model has a single correct answer per input, so you can just compute accuracy.",
    ),
    (
        "genai-118",
        "A classic model has a fixed cost per prediction and the same latency regardless of "
        "length, because it needs a single forward pass per request.",
    ),
    (
        "genai-118",
        "A standard classifier is usually smaller and runs easily on CPUs, with a flat cost per "
        "call.",
    ),
    ("genai-104", "The reward model gave each answer a score, and PPO maximized that score."),
    (
        "genai-104",
        "Users could give thumbs-down buttons feedback in the ChatGPT interface later, but the "
        "reward model was trained on labeler rankings.",
    ),
    ("genai-104", "Later models such as Zephyr were aligned with DPO instead of PPO."),
    ("genai-075", "A near-perfect discriminator gives vanishing gradients to the generator."),
]

WRONG_CONTRASTS = [
    ("genai-118", "Generative models run easily on CPUs."),
    ("genai-118", "An LLM runs easily on a CPU like any other model."),
    (
        "genai-118",
        "Generative output has a single correct answer, so for an LLM just compute accuracy.",
    ),
    ("genai-118", "A generative model has a fixed cost per prediction."),
    ("genai-118", "LLMs have the same latency regardless of length."),
    ("genai-118", "An LLM has a flat cost per call."),
    ("genai-104", "The labelers gave each answer a score from 1 to 10."),
    ("genai-104", "RLHF used thumbs-down buttons from users to train the reward model."),
    ("genai-104", "ChatGPT was aligned with DPO."),
    ("genai-075", "To stabilize a GAN, aim for a near-perfect discriminator."),
]

CASES = [(q, a, False) for q, a in CORRECT + CORRECT_PROBE_QUESTIONS + CORRECT_CONTRASTS] + [
    (q, a, True) for q, a in WRONG + WRONG_PROBE_QUESTIONS + WRONG_CONTRASTS
]


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
