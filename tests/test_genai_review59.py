"""review59, the second reader of stop 48: a fact-check sample of the genai rubric (30 concepts,
`random.Random(5959)`, and 10 references, `random.Random(5960)`, none drawn by review57 or
review58) and the rubric lines changed this stop (flag59, para59). Each case is a true sentence
a correct answer naturally says that a line flagged, and the wrong claim, with the line's subject
named, that must stay caught; or a wrong sentence that earned a too-general alias. Sentences
written by the reader from the prompts, references and knowledge; no answer of the development
set read (/work/s59/notes/review59.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # S1 sample, genai-118 'evaluate accuracy like a classifier', 'a simple accuracy metric is
    # enough': true of the standard ML model, the other side of the question's own contrast;
    # narrowed to generative models and LLMs
    (
        "genai-118",
        "For a standard ML model you evaluate accuracy like a classifier, but an LLM's outputs "
        "are open-ended with many valid answers.",
        False,
    ),
    (
        "genai-118",
        "For a standard classifier a simple accuracy metric is enough, but generative outputs "
        "are open-ended and vary between runs.",
        False,
    ),
    ("genai-118", "For LLMs a simple accuracy metric is enough.", True),
    ("genai-118", "A simple accuracy metric is enough for a generative model too.", True),
    ("genai-118", "You can evaluate an LLM like a classifier, by its accuracy.", True),
    # S2 sample, genai-197 (held-out) 'text embeddings remain fixed', 'only the image tokens get
    # updated': true of cross-attention conditioning, the other side of the question's contrast
    # (the rubric's own 'one-way cross-attention' concept); narrowed to MM-DiT and SD3
    (
        "genai-197",
        "With cross-attention conditioning, as in Stable Diffusion 1 and 2, the text embeddings "
        "remain fixed through the network, while MM-DiT updates both streams.",
        False,
    ),
    (
        "genai-197",
        "In the older U-Net models only the image tokens get updated and the text is a fixed "
        "condition; MM-DiT lets information flow both ways.",
        False,
    ),
    ("genai-197", "In MM-DiT the text embeddings remain fixed.", True),
    ("genai-197", "In SD3 only the image tokens get updated.", True),
    # S3 sample, genai-172 'many epochs over the same data', 'repeat the data many times': what
    # training far past Chinchilla makes you do, a design and not a claim; the wrong claim is
    # that it costs nothing (narrowed to that; 'repeated data is as good as fresh data' kept)
    (
        "genai-172",
        "Once unique data runs out you have to repeat the data many times, but repeated data "
        "loses most of its value after about four epochs.",
        False,
    ),
    (
        "genai-172",
        "Teams end up training for many epochs over the same data, and the gains fade after "
        "about four epochs.",
        False,
    ),
    ("genai-172", "You can repeat the data many times with no loss, so data never runs out.", True),
    (
        "genai-172",
        "Training for many epochs over the same data works as well as fresh data.",
        True,
    ),
    ("genai-172", "Repeating the data many times is free, so data never runs out.", True),
    # S4 sample, genai-037 'times the compute', 'times as expensive': any multiple of the
    # compute, such as attention's quadratic cost in the sequence length; narrowed to the heads
    (
        "genai-037",
        "Self-attention is quadratic in the sequence length, so doubling the input takes four "
        "times the compute, whatever the number of heads.",
        False,
    ),
    (
        "genai-037",
        "Multi-head attention with eight heads takes eight times the compute of single-head "
        "attention.",
        True,
    ),
    ("genai-037", "Multi-head attention is eight times as expensive as one head.", True),
    # S5 sample, genai-165 'models were overtrained': true of today's models (Llama 3 trained far
    # past the Chinchilla ratio for cheaper inference); the wrong claim is of Kaplan-era models
    (
        "genai-165",
        "Under Kaplan's advice GPT-3 was undertrained; today models are overtrained deliberately "
        "for cheaper inference.",
        False,
    ),
    ("genai-165", "Kaplan-era models were overtrained, so Chinchilla used fewer tokens.", True),
    ("genai-165", "Under Kaplan's laws models were overtrained.", True),
    # S6 sample, genai-109 'even with different tokenizers': true of bits per byte, which
    # normalises by the raw text; narrowed to perplexity
    (
        "genai-109",
        "Bits per byte can be compared even with different tokenizers, because it normalises "
        "by the length of the raw text.",
        False,
    ),
    ("genai-109", "Perplexity can be compared even with different tokenizers.", True),
    (
        "genai-109",
        "You can compare the perplexity of two models even with different tokenizers.",
        True,
    ),
    # S7 sample, genai-025 'stacked LSTM layers', 'built from LSTM layers': true of the language
    # models before transformers; narrowed to GPT
    (
        "genai-025",
        "Before transformers, language models used stacked LSTM layers; GPT replaced them with "
        "a stack of transformer decoder blocks.",
        False,
    ),
    (
        "genai-025",
        "Earlier language models were built from LSTM layers, while GPT uses a stack of "
        "transformer decoder blocks.",
        False,
    ),
    ("genai-025", "GPT is built from stacked LSTM layers that read the text left to right.", True),
    ("genai-025", "GPT is a stack of LSTM layers with attention on top.", True),
    # S8 sample, genai-156 (held-out) 'single exercise before launch', 'one-time check before
    # release', 'one-time exercise', 'single red-teaming pass': noun phrases, not claims, so the
    # warning against a one-time exercise was flagged; replaced by claims that it suffices or is
    # done once ("red-teaming is a one-time exercise" reads as the bare noun phrase, since the
    # question's own word is dropped: that wording goes 0.0 -> 6.3, a miss far below passing)
    (
        "genai-156",
        "A one-time exercise before launch is not enough, because new jailbreaks appear after "
        "release.",
        False,
    ),
    (
        "genai-156",
        "A one-time check before release misses attacks that appear later, so successful "
        "attacks go into a regression suite.",
        False,
    ),
    (
        "genai-156",
        "A single red-teaming pass finds some problems, but the attacks must be re-run after "
        "every model change.",
        False,
    ),
    ("genai-156", "A single red-teaming pass before release is enough.", True),
    ("genai-156", "Red-teaming only needs to be done once, just before the product ships.", True),
    ("genai-156", "Red-teaming is only done once, right before release.", True),
    # S9 sample, genai-122 'largest model for every step', 'every request to the most powerful
    # model', 'always use the largest model': the practice that routing avoids, not a claim, so
    # the warning against it was flagged; replaced by claims that it should be done ("Always use
    # the largest model for every step." goes 0.0 -> 8.5, a miss far below passing)
    (
        "genai-122",
        "Using the largest model for every step wastes money, so the orchestrator routes easy "
        "steps to a small model.",
        False,
    ),
    ("genai-122", "Sending every request to the most powerful model is wasteful.", False),
    (
        "genai-122",
        "Always using the largest model wastes money; route easy tasks to a small model.",
        False,
    ),
    ("genai-122", "Every request should go to the most powerful model available.", True),
    (
        "genai-122",
        "The largest model should handle every step, since it is the most accurate.",
        True,
    ),
    ("genai-122", "Orchestration always sends every request to the most powerful model.", True),
    # F1 flag59 cdd01642, genai-200 'cross-encoder runs over the whole corpus', 'cross-encoder is
    # run over the whole corpus': they flag the question's own point, that a cross-encoder is too
    # slow to run over the whole corpus (23.2 at 528bb0cf, 0.0 at flag59); replaced by the noun
    # phrase with 'at query time', which "too slow to run" does not meet, and by the swap of the
    # two stages (flag59's controls kept; "... runs over the whole corpus to find the best
    # documents" 0.0 -> 10.6, a miss far below passing)
    (
        "genai-200",
        "A cross-encoder is too slow to run over the whole corpus, so it only reranks the top "
        "candidates.",
        False,
    ),
    (
        "genai-200",
        "Cross-encoders are too slow to run over the whole corpus at query time, so they only "
        "rerank a short list.",
        False,
    ),
    ("genai-200", "The cross-encoder runs over the whole corpus at query time.", True),
    (
        "genai-200",
        "The cross-encoder retrieves from the whole corpus and the bi-encoder reranks the top "
        "results.",
        True,
    ),
    # F2 flag59 b9f983ec, genai-172 'less training compute' narrowed to over-training: the
    # question's own wording of it lost, "Training on far more tokens needs less training
    # compute." 0.0 -> 25.5; twins for training on (far) more tokens and training longer
    ("genai-172", "Training on far more tokens needs less training compute.", True),
    (
        "genai-172",
        "Training on more tokens needs less training compute than a Chinchilla-optimal run.",
        True,
    ),
    (
        "genai-172",
        "For the same loss, a Chinchilla-optimal model needs less training compute than a "
        "smaller model trained on more tokens.",
        False,
    ),
    # F3 flag59 b9f983ec, genai-146 'contiguous memory for each sequence' narrowed to
    # PagedAttention and vLLM: 'PagedAttention reserves ...' has a twin, vLLM's did not ("vLLM
    # reserves contiguous memory for each sequence ..." 0.0 -> 26.1)
    (
        "genai-146",
        "vLLM reserves contiguous memory for each sequence up to the maximum length.",
        True,
    ),
    (
        "genai-146",
        "Before PagedAttention, serving systems reserved contiguous memory for each sequence, "
        "wasting most of it.",
        False,
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    if isinstance(wrong, str) and wrong.startswith("not "):  # an alias too general: not earned
        assert wrong[4:] not in {m.concept for m in grade.matched}, grade.score
    elif wrong == "misconception":  # a misconception line: found, and the answer under 25
        assert grade.misconceptions and grade.score < 25, (grade.misconceptions, grade.score)
    else:
        assert_only_the_subject_is_flagged(grade, wrong)
