"""veto54: `contradicts` lines that named no subject of their question flagged true statements
(correct_probes54, review52). Each is narrowed to the wrong claim with its subject; a wrong
answer that says it is still caught.

- genai-133 (cross-attention in multimodal models): "text provides the queries" is wrong of
  Stable Diffusion's U-Net (its latents query the text) but right of Flamingo-style models,
  where the language model's text tokens query the image features (cp54-025).
- genai-155 (RoPE extension): "increase the frequencies" matched "increases the base
  frequency" (NTK-aware scaling raises the RoPE base, which lowers the rotation frequencies:
  theta_i = base^(-2i/d); cp54-036); "increase the rotation frequencies" stays.
- genai-092 (catastrophic forgetting): "fails to learn the new task" is what underfitting does
  (review52 left it: "Unlike underfitting, where the model fails to learn the new task, ...").
"""

from __future__ import annotations

import pytest

CORRECT = [
    (
        "genai-133",
        "Cross-attention is attention where the queries come from one sequence and the keys and "
        "values come from another. In a multimodal model, text tokens can attend to image "
        "features: the text provides the queries and the image encoder's patch embeddings "
        "provide the keys and values, so each word can pull in the visual information it needs.",
    ),
    (
        "genai-155",
        "NTK-aware scaling increases the base frequency so the rotation is stretched mostly in "
        "the low-frequency dimensions, and position interpolation divides positions by the "
        "extension factor so they fall inside the trained range.",
    ),
    (
        "genai-092",
        "Catastrophic forgetting is when a model fine-tuned on a new task loses what it knew "
        "before. Unlike underfitting, where the model fails to learn the new task, here the new "
        "task is learned but old skills degrade; replaying old data or LoRA reduces it.",
    ),
]
WRONG = [
    (
        "genai-133",
        "In Stable Diffusion the text provides the queries and the image latents are the keys "
        "and values, so the prompt is updated at each step.",
    ),
    (
        "genai-155",
        "To extend RoPE you increase the rotation frequencies so positions spin faster, and no "
        "fine-tuning is ever needed.",
    ),
    (
        "genai-092",
        "Catastrophic forgetting is when the model fails to learn the new task because its old "
        "knowledge is too strong.",
    ),
]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_a_correct_answer_is_not_flagged(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions, (
        grade.contradictions,
        grade.misconceptions,
    )


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_wrong_claim_is_still_caught(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions and grade.score < 25, (grade.score, grade.contradictions)
