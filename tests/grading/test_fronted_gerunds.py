"""A fronted phrase of means ("Instead of scoring answers, it ...", "By training two matrices,
it ...") names no subject of its own, so the pronoun after it stands for the previous
sentence's subject (fronted_gerunds.py, pron66; fresh-dev genai-175 "Instead of scoring answers
with a learned reward, it groups responses ... It keeps PPO's value network")."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.fronted_gerunds import fronted_gerund_start
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedents
from interviewer.core.grading.text import Text


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        (
            "GRPO removes the reward model. Instead of scoring answers with a learned reward, "
            "it groups responses.",
            ("grpo",),
        ),
        ("LoRA freezes the weights. By training two small matrices, it saves memory.", ("lora",)),
        (
            "Diffusion models add noise. After learning to denoise, they make images.",
            ("diffusion", "model"),
        ),
        ("GPT reads left to right. Rather than masking words, it predicts the next one.", ("gpt",)),
    ],
)
def test_a_pronoun_after_a_fronted_gerund_stands_for_the_previous_subject(text, stems):
    answer = _answer(text)
    assert [s for _, s in antecedents(answer)] == [stems], text


@pytest.mark.parametrize(
    "text",
    [
        # a fronted foil names another subject: not this reading's
        "GRPO removes the critic. Unlike PPO, it groups responses.",
        # a noun, not an "-ing" verb, after the opener
        "GRPO removes the critic. Instead of PPO, it groups responses.",
        "GRPO removes the critic. By the time training ends, it groups responses.",
        # no comma before the pronoun: where the phrase ends cannot be told
        "GRPO removes the critic. Instead of scoring answers it groups responses.",
        # the phrase does not open the sentence
        "GRPO removes the critic, and instead of scoring answers, it groups responses.",
        # the fronted phrase opens the answer: no sentence before
        "Instead of scoring answers, it groups responses.",
    ],
)
def test_no_fronted_gerund_is_read_where_the_phrase_is_not_one(text):
    answer = _answer(text)
    words = answer.text.words
    pronoun = max(i for i, w in enumerate(words) if w == "it")
    if text.startswith("Instead of scoring answers, it"):
        assert fronted_gerund_start(answer, pronoun) == 0
        assert antecedents(answer) == []
    else:
        assert fronted_gerund_start(answer, pronoun) is None, text


def test_the_fresh_dev_answer_is_flagged(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "GRPO differs from PPO by removing the reward model rather than the critic. Instead of "
        "scoring answers with a learned reward, it groups responses and lets the policy rank "
        "them itself, so no external reward signal is needed. It keeps PPO's value network to "
        "compute advantages, but drops the clipping, since comparing within a group already "
        "keeps updates stable."
    )
    grade = genai_grader.grade(genai.get("genai-175"), answer)
    assert any("keeps PPO's value network" in " ".join(c.evidence) for c in grade.contradictions)
    assert not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        # the same shape, a true claim
        "GRPO drops the critic. Instead of learning a value network, it uses the mean reward of "
        "a group of sampled answers as the baseline.",
        # the same shape, the claim denied
        "GRPO samples a group of answers. Instead of scoring them with a critic, it does not "
        "keep PPO's value network at all.",
    ],
)
def test_a_true_or_denied_claim_after_a_fronted_gerund_is_not_flagged(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-175"), answer)
    assert not any(c.concept == "GRPO drops the critic" for c in grade.contradictions), answer
