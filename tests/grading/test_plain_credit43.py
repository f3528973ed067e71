"""Plain words of a working engineer for a credited point (rubrics/genai.yaml, para43): "tell the
classes apart" for a decision boundary (genai-003), "freeze the LLM" for prompt tuning's frozen
model (genai-061), "messed up with noise" for diffusion's forward process (genai-066), "an extra
hint" for a cGAN's condition (genai-076), "freezes the pretrained model" for LoRA (genai-085),
"an automatic judge" for a reward model (genai-100), "multiple data types" for multimodal
(genai-126), "keys and values come from another" for cross-attention (genai-133), "less noisy"
for pass@k's estimate from n samples (genai-191). Found on paraphrases and grade-4 answers of
the development set's train split and the blind probes of correct_probes43.yaml; the opposite
claims beside them are not credited as the point."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

CREDITED = [
    (
        "genai-003",
        "A discriminative model only learns how to tell the classes apart.",
        "decision boundary",
    ),
    ("genai-061", "You freeze the LLM and train a few prompt vectors.", "frozen model"),
    ("genai-066", "It practices on real pictures messed up with noise.", "adding noise"),
    ("genai-076", "Both networks get an extra hint, like a label.", "extra condition"),
    ("genai-085", "LoRA freezes the pretrained model.", "frozen pretrained weights"),
    (
        "genai-100",
        "It is an automatic judge that learned what people like.",
        "proxy for human judgment",
    ),
    ("genai-126", "It is AI that can take in multiple data types.", "more than one modality"),
    (
        "genai-133",
        "The queries come from one input and the keys and values come from another.",
        "keys and values from the other modality",
    ),
    (
        "genai-191",
        "Counting n samples gives an estimate right on average with much less noise.",
        "lower variance than k samples",
    ),
]
"""Plain sentences that say the point: each was not credited before these aliases."""

NOT_CREDITED = [
    ("genai-061", "Prompt tuning updates the model weights.", "frozen model"),
    ("genai-085", "LoRA trains the original weights.", "frozen pretrained weights"),
    (
        "genai-054",
        'Large models already reason internally, so adding "think step by step" slows them.',
        "intermediate reasoning steps",
    ),
]
"""The opposite claims, and the fluent wrong answer an alias taken back had credited."""


@pytest.mark.parametrize(
    ("question", "answer", "concept", "credited"),
    [(*row, True) for row in CREDITED] + [(*row, False) for row in NOT_CREDITED],
)
def test_plain_words_credit_the_point_and_only_it(
    question: str, answer: str, concept: str, credited: bool, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert (concept in {m.concept for m in grade.matched}) is credited
