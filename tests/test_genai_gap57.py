"""gap57: fluent wrong claims that no rubric line named (issue 8), stop 46.

Each wrong sentence below is a claim of stop 45's blind wrong probes (wrong_claims_probes56.yaml)
or of a wrong answer on the fresh-dev or train-blind split that passed or went unflagged, said
with its subject; each is caught by a `contradicts` line or misconception added by gap57 and was
not caught at 5d1ada7. Each correct sentence says the true claim beside it, or rejects the wrong
one, and is clean on both.
"""

from __future__ import annotations

import pytest


def found(genai, genai_grader, question_id: str, answer: str) -> list[str]:
    grade = genai_grader.grade(genai.get(question_id), answer)
    return [str(c) for c in grade.contradictions] + [str(m) for m in grade.misconceptions]


WRONG = [
    ("genai-029", "The tokenizer is learned jointly with the network by backpropagation."),
    ("genai-029", "Two checkpoints of the same model split the same text differently."),
    ("genai-036", "Information fades step by step through the sequence just as in an RNN."),
    ("genai-036", "Transformers forget the start of the input, as an RNN does."),
    ("genai-149", "For each token whole transformer blocks are skipped in an MoE model."),
    (
        "genai-149",
        "The load-balancing loss pushes the router to send almost all tokens to the single best "
        "expert.",
    ),
    ("genai-167", "Batching compresses the weights, so fewer bytes are read per step."),
    ("genai-172", "Past the Chinchilla ratio the loss stops going down."),
    ("genai-191", "For each problem the problem counts as solved only if all k pass."),
    ("genai-191", "The estimate of pass@k is c over n times k, capped at one."),
    ("genai-191", "The unbiased estimator reweights each problem by its test count."),
    ("genai-180", "Min-p is the same as nucleus sampling."),
    ("genai-180", "Logit bias is the temperature applied to every logit."),
    (
        "genai-179",
        "The facts in the hypothetical document cannot affect which documents are retrieved.",
    ),
    ("genai-179", "With HyDE retrieval accuracy can only go up."),
    ("genai-090", "In prefix tuning the prefix is a fixed prompt of real words."),
    ("genai-076", "In a conditional GAN only the discriminator receives the label."),
    ("genai-076", "A conditional GAN conditions the generator on the discriminator's output."),
    ("genai-075", "The Wasserstein distance is what makes the gradients vanish."),
    ("genai-075", "To stabilize a GAN, raise the learning rates as high as possible."),
    (
        "genai-039",
        "The context window is the number of tokens the model can output in a single response.",
    ),
    ("genai-039", "The prompt is compressed into a fixed-size vector before generation."),
    ("genai-030", "A small vocabulary makes the token sequences shorter."),
    ("genai-104", "The reward model generated the candidate answers that the humans ranked."),
    ("genai-161", "C2PA hides a statistical pattern in the pixels of the image."),
    ("genai-161", "A text watermark is detected by verifying the signature."),
    ("genai-016", "With enough training data an LLM never hallucinates."),
    ("genai-153", "Distillation works by copying the teacher's weights into the student."),
    ("genai-153", "Soft labels are worse than hard labels, so train on the argmax token."),
    ("genai-182", "QLoRA quantizes the LoRA adapter matrices to 4 bits."),
    ("genai-037", "The heads only differ in a randomly initialised softmax temperature."),
    ("genai-009", "The model stores its training data verbatim and can reliably reproduce it."),
    ("genai-064", "With a persona the model loads a specialized subset of its weights."),
    ("genai-135", "A language-only model can do equally well if you first run OCR on images."),
    ("genai-215", "The strongest defence is setting temperature to 0."),
    ("genai-180", "Logit bias bakes the preference into the weights."),
]

CORRECT = [
    (
        "genai-029",
        "The tokenizer is trained once on a corpus before the model and then kept fixed, while "
        "the embeddings are learned jointly with the network by backpropagation.",
    ),
    (
        "genai-036",
        "Unlike an RNN, where information fades step by step, self-attention links every pair of "
        "positions directly, but its cost grows quadratically with the length.",
    ),
    (
        "genai-149",
        "The load-balancing loss pushes the router to spread tokens across experts, so that no "
        "expert is overloaded and none sits idle.",
    ),
    (
        "genai-167",
        "Batching amortises each weight read over many sequences; quantization compresses the "
        "weights, which also cuts the bytes read per step.",
    ),
    (
        "genai-191",
        "Generate n samples, count the c that pass, and estimate pass@k as one minus the "
        "chance that k samples drawn from the n contain no correct one.",
    ),
    (
        "genai-180",
        "Unlike top-p, which keeps the smallest set whose mass reaches p, min-p keeps tokens "
        "whose probability is at least p times that of the most likely token.",
    ),
    (
        "genai-039",
        "The context window is the maximum number of tokens the model can attend to at once, "
        "counting both the prompt and the output it generates.",
    ),
    (
        "genai-161",
        "C2PA attaches signed provenance metadata to the file, while a text watermark is a "
        "statistical pattern in the token choices found with a secret key.",
    ),
    (
        "genai-016",
        "More training data reduces some errors, but even with more data a model can still "
        "hallucinate on rare or new questions.",
    ),
    (
        "genai-182",
        "QLoRA stores the frozen base model in 4-bit NF4 and trains LoRA adapters kept in 16-bit "
        "precision.",
    ),
    (
        "genai-064",
        "A persona sets tone and focus, but it does not load special weights or add knowledge "
        "the model lacks.",
    ),
    (
        "genai-199",
        "Keyword search builds an index of every word; the embedding model instead maps text to "
        "a vector, so it matches meaning without shared words.",
    ),
]


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_wrong_claim_is_caught(genai, genai_grader, question_id: str, answer: str) -> None:
    assert found(genai, genai_grader, question_id, answer)


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_the_correct_sentence_is_clean(genai, genai_grader, question_id: str, answer: str) -> None:
    assert not found(genai, genai_grader, question_id, answer)
