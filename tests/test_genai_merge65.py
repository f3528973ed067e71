"""The lead's merge of stop 53 (lead65): review65's findings on miss65's new rubric lines and
appos65's reading, mended. Each true sentence was written by review65 from the prompt and what a
correct answer says, and flagged on the merged tree before the fix; each wrong sentence is the
line's own claim and must stay caught (no answer of any split read)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

CASES = [
    # genai-081: miss65's misconception aliases named no subject, so RAG's praise matched them
    ("genai-081", "RAG, not fine-tuning, is the best way to keep the model up to date.", False),
    ("genai-081", "Retrieval is the best way to give a model up-to-date knowledge.", False),
    ("genai-081", "Fine-tuning is the best way to keep the model up to date.", True),
    ("genai-081", "Fine-tuning is the best way to give a model up-to-date knowledge.", True),
    # genai-126: a cascaded system does turn the image into text first; the wrong claim is that
    # the multimodal model does
    (
        "genai-126",
        "A cascaded system converts the image into text first, while a native multimodal model "
        "encodes it directly.",
        False,
    ),
    ("genai-126", "A multimodal model first converts the image into text.", True),
    # genai-144: GQA's cache is larger than MQA's (and smaller than MHA's): only "larger than
    # multi-head attention" is wrong
    (
        "genai-144",
        "Compared with multi-query attention, GQA increases the cache, but it keeps quality "
        "closer to multi-head attention.",
        False,
    ),
    ("genai-144", "Going from MQA to GQA enlarges the cache a little.", False),
    (
        "genai-144",
        "Grouped-query attention makes the cache larger than MQA but smaller than MHA.",
        False,
    ),
    ("genai-144", "GQA makes the cache larger than multi-head attention.", True),
    # appos65: a possessor or a describing clause's subject before brackets is not the subject
    ("genai-175", "GRPO's ancestor (PPO) needs a value model.", False),
    ("genai-175", "GRPO's parent method (PPO) trains a critic.", False),
    ("genai-175", "The method GRPO replaced (PPO) trains a critic.", False),
    ("genai-175", "GRPO (Group Relative Policy Optimization) needs a value model.", True),
    ("genai-165", "Kaplan's successor (Chinchilla) favoured more data.", False),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_review65_findings_mended(
    genai: Bank, genai_grader: Grader, question_id: str, answer: str, wrong: bool
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    found = bool(grade.contradictions or grade.misconceptions)
    assert found == wrong, (grade.score, grade.contradictions, grade.misconceptions)
