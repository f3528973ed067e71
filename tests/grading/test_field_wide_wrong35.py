"""The field-wide wrong claims added by wrong35 (rubrics/genai.yaml `misconceptions:`, checked on
every question): a served model learning from each prompt or request, generative models called
discriminative classifiers, ChatGPT called a GAN, RLHF said to add factual knowledge, a deployed
model said to need no monitoring because its weights are fixed, pretraining said to need
labelled data, RLHF said to eliminate hallucinations, chain-of-thought said to work best on small
models. Each is
caught in sentences written for this test, on questions of different topics, and not when it is
denied or named to be rejected."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

WRONG = [
    (
        "genai-051",
        "With few-shot prompting the model runs a gradient update on the examples you give.",
    ),
    (
        "genai-065",
        "A good prompt permanently teaches the model, since its weights are adjusted on the fly.",
    ),
    ("genai-116", "In production the deployed model keeps learning from live traffic."),
    (
        "genai-001",
        "Generative AI refers to discriminative models that predict a label for each input.",
    ),
    ("genai-012", "LLMs are discriminative classifiers that pick one of a fixed set of labels."),
    ("genai-001", "ChatGPT is a GAN that writes text to fool a discriminator."),
    ("genai-097", "RLHF is used mainly to add knowledge the pretrained model lacks."),
    ("genai-116", "Its weights are frozen after release, so it does not need ongoing monitoring."),
    (
        "genai-123",
        "The model's accuracy stays the same after deployment, as nothing in it changes.",
    ),
]

RIGHT = [
    (
        "genai-051",
        "Prompting changes only the input; no gradient update runs and the weights stay fixed.",
    ),
    (
        "genai-065",
        "It is a myth that a prompt permanently teaches the model: the weights never change.",
    ),
    (
        "genai-012",
        "LLMs are generative models, unlike discriminative classifiers, which only assign labels.",
    ),
    ("genai-097", "RLHF does not add new knowledge; it shapes behaviour learned in pretraining."),
    (
        "genai-123",
        "Even with frozen weights the model needs ongoing monitoring, since inputs drift.",
    ),
]


@pytest.mark.parametrize(("question", "answer"), WRONG)
def test_a_field_wide_wrong_claim_is_caught(
    question: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert grade.misconceptions and not grade.passed
    assert all(e in answer for m in grade.misconceptions for e in m.evidence)


@pytest.mark.parametrize(("question", "answer"), RIGHT)
def test_the_claim_denied_or_rejected_is_not(
    question: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    assert not genai_grader.grade(genai.get(question), answer).misconceptions
