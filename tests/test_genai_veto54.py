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
- genai-027 (MLM) and genai-034 (attention masking in GPT), warned by the audit's
  claim-line-no-subject: "only uses the left context", "only looks at the words before" are
  true of GPT, and "attends to earlier and later tokens" of BERT, said in a contrast.
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
    (
        "genai-027",
        "BERT is pretrained with masked language modelling, predicting hidden tokens from both "
        "sides of the context, which suits classification. GPT only looks at the words before, "
        "because it is trained to predict the next token.",
    ),
    (
        "genai-034",
        "GPT models use a causal mask: scores for future positions are set to minus infinity "
        "before the softmax, so each token attends only to itself and earlier tokens. In BERT "
        "each token attends to earlier and later tokens, since it has no causal mask.",
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
    (
        "genai-027",
        "Masked language modeling trains a model to predict the next word. MLM only uses the "
        "left context and reconstructs the sentence from left to right.",
    ),
    (
        "genai-034",
        "In GPT each token attends to earlier and later tokens so it sees the whole sentence.",
    ),
    ("genai-034", "The attention mask lets every token attend to past and future tokens."),
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
