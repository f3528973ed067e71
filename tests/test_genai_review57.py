"""review57, the second reader of stop 46: a fact-check sample of the genai rubric (30 concepts,
`random.Random(5757)`) and the rubric lines changed this stop (tune57, gap57, para57). Each case
is a true sentence a correct answer naturally says that a line flagged, and the wrong claim, with
the line's subject named, that must stay caught. Sentences written by the reader from the prompts,
references and knowledge; no answer of the development set read (/work/s57/notes/review57.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # S1 sample, genai-172 'Chinchilla gives the best model': true for a fixed training compute,
    # which is what Chinchilla-optimal means; the wrong claim is that it is best to deploy
    (
        "genai-172",
        "For a fixed amount of training compute, Chinchilla gives the best model, about 20 "
        "tokens per parameter, but not the cheapest model to serve.",
        False,
    ),
    ("genai-172", "Chinchilla gives the best model for production.", True),
    ("genai-172", "Chinchilla-optimal gives the best model to deploy.", True),
    # S2 sample, genai-201 'identical at any batch size': batch-invariant kernels make it so
    (
        "genai-201",
        "Batch-invariant kernels make the output identical at any batch size, so the same "
        "prompt gives the same answer.",
        False,
    ),
    ("genai-201", "At temperature 0 the outputs are identical at any batch size.", True),
    # S3 sample, genai-201 'always bit-for-bit identical': true of deterministic kernels with fixed
    # settings on one machine; false of temperature 0 alone
    (
        "genai-201",
        "With deterministic kernels and fixed settings, the outputs are always bit-for-bit "
        "identical on the same hardware.",
        False,
    ),
    ("genai-201", "At temperature 0 the output is always bit-for-bit identical.", True),
    ("genai-201", "Greedy decoding is always bit-for-bit identical.", True),
    # S4 sample, genai-203 'one agent per file' named a design, not a claim: the warning against it
    # (coding is tightly coupled, the concept's own point) was flagged
    (
        "genai-203",
        "Splitting a coding task into one agent per file usually fails because the files "
        "depend on each other.",
        False,
    ),
    ("genai-203", "Coding benefits most from multiple agents, with one agent per file.", True),
    # S5 sample, genai-157 'no information lost': true of storing full messages for retrieval
    (
        "genai-157",
        "A vector store keeps every message in full, so no information is lost, while a "
        "summary is lossy.",
        False,
    ),
    ("genai-157", "A summary loses no information.", True),
    ("genai-157", "Summarising the old turns means no information is lost.", True),
    # S6 sample, genai-072 'refine the image over many iterations': true of diffusion, the usual
    # contrast with a GAN's single pass
    (
        "genai-072",
        "Diffusion models refine the image over many iterations, while a GAN makes it in one "
        "forward pass.",
        False,
    ),
    ("genai-072", "A GAN refines the image over many iterations.", True),
    # S7 sample, genai-074 'better FID score' (no subject): a diverse generator's better FID,
    # the concept's own point said of the other side, was flagged
    (
        "genai-074",
        "More diverse samples give a better FID score, so mode collapse shows up as a higher FID.",
        False,
    ),
    (
        "genai-074",
        "A GAN that covers all the modes gets a better FID score than one that has collapsed.",
        False,
    ),
    ("genai-074", "A collapsed GAN gets a better FID score.", True),
    ("genai-074", "Mode collapse gives a better FID score.", True),
    # S8 second draw (seed 5758), genai-211 'normal accuracy drops' (no subject): true of
    # untargeted (availability) poisoning, the usual contrast with a stealthy backdoor
    (
        "genai-211",
        "Untargeted poisoning degrades the model so normal accuracy drops, while a backdoor "
        "leaves normal accuracy intact and only fires on the trigger.",
        False,
    ),
    (
        "genai-211",
        "Availability attacks make normal accuracy drop; backdoors are stealthier.",
        False,
    ),
    ("genai-211", "A backdoor makes normal accuracy drop.", True),
    ("genai-211", "A backdoored model's normal accuracy drops.", True),
    # S9 second draw, genai-017 'meaning is kept in a hidden state' (no subject): true of an RNN,
    # the usual contrast with attention
    (
        "genai-017",
        "In an RNN the meaning is kept in a hidden state that is overwritten step by step, "
        "while a transformer attends to every token directly.",
        False,
    ),
    (
        "genai-017",
        "The LLM keeps the meaning in a hidden state, passing it from word to word.",
        True,
    ),
    (
        "genai-017",
        "A transformer keeps the meaning in a hidden state and reads one word at a time.",
        True,
    ),
    # S10 second draw, genai-168 'quantizing the keys and values to fewer bits' (no subject): true
    # of KV-cache quantization, which an answer names as the idea MLA is not
    (
        "genai-168",
        "Quantizing the KV cache stores the keys and values in fewer bits, for example 8-bit, "
        "which is orthogonal to MLA.",
        False,
    ),
    ("genai-168", "MLA quantizes the keys and values to fewer bits.", True),
    ("genai-168", "MLA stores the keys and values in lower precision.", True),
    ("genai-168", "MLA keeps the keys and values in 4-bit.", True),
    # T1 tune57, genai-009: 'applications include fraud detection' (and credit scoring, image
    # recognition, object detection), 'application is fraud detection' flagged the usual
    # contrast with traditional AI's applications; narrowed to 'common' and 'generative AI'
    (
        "genai-009",
        "Traditional AI applications include fraud detection and spam filtering, while "
        "generative AI applications include writing text and making images.",
        False,
    ),
    (
        "genai-009",
        "Classic machine learning applications include image recognition and object detection, "
        "but generative AI applications include image generation and chatbots.",
        False,
    ),
    (
        "genai-009",
        "A typical discriminative application is fraud detection, whereas generative AI writes "
        "and draws.",
        False,
    ),
    (
        "genai-009",
        "Common applications include fraud detection, spam filtering and image recognition.",
        "misconception",
    ),
    (
        "genai-009",
        "Generative AI applications include object detection and credit scoring.",
        "misconception",
    ),
    ("genai-009", "A common application is fraud detection.", "misconception"),
    # T2 tune57, genai-078: 'lossless compression' narrowed to 'the VAE performs / is lossless
    # compression' lost the claim said as "the VAE compression is lossless" (25.5, no flag)
    ("genai-078", "The VAE compression is lossless.", True),
    ("genai-078", "The VAE's compression is lossless.", True),
    (
        "genai-078",
        "Lossless compression like PNG would not shrink the image enough; the VAE is lossy.",
        False,
    ),
    # T3 tune57, genai-016: 'LLMs have access to a knowledge base' (narrowed from the bare line)
    # still flagged the usual remedy, RAG giving the LLM a knowledge base; now 'always' / 'built-in'
    (
        "genai-016",
        "With RAG, the LLM has access to a knowledge base, which grounds its answers and "
        "reduces hallucinations.",
        False,
    ),
    ("genai-016", "LLMs always have access to a knowledge base.", True),
    (
        "genai-016",
        "An LLM has built-in access to a knowledge base of facts, so it looks things up.",
        True,
    ),
    # T4 tune57, genai-006: 'GPT is an encoder-only transformer' lacks the usual other name
    # ("ChatGPT is an encoder-only transformer like BERT", 8.5, no flag); and tune57's take-back
    # 17a15618 of the bare 'encoder-only transformer like BERT' flags the BERT side (0.0)
    ("genai-006", "ChatGPT is an encoder-only transformer like BERT.", True),
    ("genai-006", "BERT is an encoder-only transformer, while GPT is decoder-only.", False),
    # G1 gap57, genai-030 'size of the embedding matrix does not depend on the number of tokens':
    # true of the tokens of the input; narrowed to the tokens of the vocabulary
    (
        "genai-030",
        "The size of the embedding matrix does not depend on the number of tokens in the prompt; "
        "it is the vocabulary size times the hidden size.",
        False,
    ),
    (
        "genai-030",
        "The size of the embedding matrix does not depend on the number of tokens in the "
        "vocabulary.",
        True,
    ),
    # G2 gap57, genai-039 'compressed into one fixed-size vector before generation' (no subject):
    # true of an RNN encoder-decoder, the contrast with GPT's window
    (
        "genai-039",
        "Old RNN encoder-decoders compressed the input into one fixed-size vector before "
        "generation, while GPT attends to every token in the window.",
        False,
    ),
    ("genai-039", "The input is compressed into a fixed-size vector before generation.", True),
    # G3 gap57, genai-076 'generator produces images from noise alone': true of a plain GAN
    (
        "genai-076",
        "In a standard GAN the generator produces images from noise alone; in a cGAN it also "
        "gets the label.",
        False,
    ),
    (
        "genai-076",
        "In a conditional GAN the generator produces images from noise alone, and only the "
        "discriminator sees the label.",
        True,
    ),
    # G4 gap57, genai-172 'extra tokens are wasted compute' (no subject): the training-compute
    # view an answer states before the inference side of the trade-off
    (
        "genai-172",
        "From a pure training-compute view the extra tokens are wasted compute, since a bigger "
        "model would reach a lower loss for the same budget, but they pay off at inference.",
        False,
    ),
    ("genai-172", "Training past the Chinchilla ratio is wasted compute.", True),
    # G5 gap57, genai-191 'averages several runs of k samples': averaging runs of k samples is an
    # unbiased (if high-variance) estimate of pass@k, the naive one an answer describes; dropped
    (
        "genai-191",
        "The naive estimate generates exactly k samples per problem, or averages several runs of "
        "k samples, which has high variance.",
        False,
    ),
    # T5 tune57, genai-043: the narrowing to 'layer norm averages over the examples in the batch'
    # lost wrong_claims_probes.yaml's "Layer norm averages each feature over the examples in the
    # batch, just like batch norm" (25.5, no flag); twin with 'each feature'
    (
        "genai-043",
        "Layer norm averages each feature over the examples in the batch, so it needs large "
        "batches.",
        True,
    ),
    (
        "genai-043",
        "Batch norm averages each feature over the examples in the batch, while layer norm "
        "averages over the features of each example, so it works with any batch size.",
        False,
    ),
    (
        "genai-043",
        "Layer norm normalizes each feature across the examples in the batch, using the batch "
        "mean and variance.",
        True,
    ),
    (
        "genai-043",
        "Batch norm normalizes each feature across the examples in the batch, whereas layer norm "
        "normalizes across the features of one example.",
        False,
    ),
    # G6 gap57, genai-009 misconception alias 'replacing databases with LLMs for record retrieval'
    # named a plan, not a claim: the warning against it was flagged; dropped
    (
        "genai-009",
        "Replacing databases with LLMs for record retrieval is a bad idea, because they do not "
        "store their data verbatim.",
        False,
    ),
    # G7 gap57, genai-135 misconception alias 'language-only model can do equally well': true of
    # text-only tasks; narrowed to 'always' / 'on any task' (the OCR alias kept)
    (
        "genai-135",
        "On text-only tasks a language-only model can do equally well; multimodal models matter "
        "when the signal is visual or spoken.",
        False,
    ),
    (
        "genai-135",
        "A language-only model can always do equally well if you give it transcripts.",
        "misconception",
    ),
    (
        "genai-135",
        "A language-only model can do equally well if you first run OCR on the image.",
        "misconception",
    ),
    # P1 para57, genai-015 'fast adoption' alias 'everywhere now': a buzzword answer earned it
    # (12.0 -> 25.5); dropped ('widely accessible' kept)
    (
        "genai-015",
        "Generative AI is everywhere now. It is a revolutionary game-changer that will "
        "transform every industry and disrupt everything.",
        "not fast adoption",
    ),
    # P2 para57, genai-007 'gradient descent' alias 'tweaked bit by bit': the hand-written-rules
    # myth earned it (8.4 -> 23.3); narrowed to the model or its weights being tweaked
    (
        "genai-007",
        "The rules are tweaked bit by bit by programmers until the output looks right.",
        "not gradient descent",
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
