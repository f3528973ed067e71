"""review52: rubric lines of stop 42 read by a second reader.

mapping52 (880a6a0) wrote `contradicts` lines from fragments of the train-blind wrong answers
they catch; six of those fragments are also said by correct answers ("Training is done on clean
images", "a GAN produces an image with one forward pass", "Prompting is free and instant", ...).
Each line is narrowed to the wrong claim itself; the wrong answer it was written for is still
caught. paraphrase52's alias 'redo the work' (genai-049) credited a training-checkpoint answer,
the question's usual confusion.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
BLIND = {
    a["id"]: a
    for a in yaml.safe_load((REPO / "tests" / "data" / "blind_train.yaml").read_text())["answers"]
}

CORRECT = [
    (
        "genai-066",
        "Training is done on clean images: noise is added to them step by step and a "
        "network learns to predict that noise. To generate, you start from pure random "
        "noise and remove it over many steps, which makes diffusion slower than a GAN.",
    ),
    (
        "genai-066",
        "Diffusion models add Gaussian noise to training images and learn to denoise. To "
        "generate they start from pure noise and denoise over many steps. That is slow, "
        "whereas a GAN produces an image with one forward pass.",
    ),
    (
        "genai-001",
        "Generative AI creates new content. Generative models learn the conditional "
        "probability of the next token given the context, then sample new text from it, "
        "rather than classifying inputs.",
    ),
    (
        "genai-024",
        "Self-attention is permutation invariant: without positional encodings it cannot "
        "tell word order. An RNN already processes tokens in order, but a Transformer "
        "needs positions injected, e.g. sinusoidal encodings added to embeddings or "
        "RoPE.",
    ),
    (
        "genai-034",
        "The causal mask adds minus infinity to the scores of future positions before "
        "the softmax and leaves the scores of past positions unchanged, so each token "
        "can only attend to earlier tokens and cannot see the future. This lets training "
        "run in parallel.",
    ),
    (
        "genai-081",
        "Fine-tuning continues training a pretrained model on your own examples so its "
        "weights change. Prompting is free and instant, but fine-tuning costs compute "
        "and data; still far less than pretraining from scratch.",
    ),
    (
        "genai-092",
        "Unlike underfitting, where the model fails to pick up the new task, "
        "catastrophic forgetting means it learns the new task but loses what it knew "
        "before, because the updates overwrite shared weights. Replay and a lower "
        "learning rate help.",
    ),
    (
        "genai-024",
        "Self-attention is permutation-invariant, so positional information must be "
        "injected. The original Transformer added sinusoidal encodings to the input "
        "embeddings; BERT and GPT-2 learn absolute position embeddings; RoPE rotates "
        "queries and keys. Separately, a causal mask decides which positions should be "
        "masked out; that is not positional encoding.",
    ),
]

CAUGHT = ["w48a-060", "w48a-002", "w48a-024", "w48a-072", "w48b-001"]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_a_correct_answer_is_not_flagged(genai, genai_grader, question_id, answer):
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions, (
        grade.contradictions,
        grade.misconceptions,
    )


@pytest.mark.parametrize("answer_id", CAUGHT)
def test_the_wrong_answer_a_line_was_written_for_is_still_caught(genai, genai_grader, answer_id):
    answer = BLIND[answer_id]
    grade = genai_grader.grade(genai.get(answer["question_id"]), answer["answer"])
    assert grade.contradictions and grade.score < 25, (grade.score, grade.contradictions)


def test_redoing_work_after_a_crash_is_not_recomputing_activations(genai, genai_grader):
    # the question's usual confusion (training checkpoints), credited by 'redo the work'
    grade = genai_grader.grade(
        genai.get("genai-049"),
        "Gradient checkpointing saves the model weights to disk every few epochs so that you "
        "can redo the work if training crashes.",
    )
    assert "recomputes activations" not in {m.concept for m in grade.matched}
