"""frame62: "In X," sets aside a listed wrong claim only when X names another method or
system, not a tool, library, framework, company or paper that runs the question's method
(framed_other.TOOLS; issue 8, stop 51).

other61's reading spared "In Hugging Face PEFT, training updates the full original weight
matrices" on LoRA (genai-085): a wrong claim about LoRA said inside the library that runs it.
Each TOOL case is missed on 46e6463a (the base, grader 3.46); the OTHER cases (another method
in the frame) are not flagged on the base and must stay so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.framed_other import TOOLS
from interviewer.core.grading.text import Text

RUBRIC = Path(__file__).resolve().parents[2] / "rubrics" / "genai.yaml"

TOOL = [
    ("genai-085", "In Hugging Face PEFT, training updates the full original weight matrices."),
    ("genai-085", "In the PEFT library, training updates the full original weight matrices."),
    ("genai-085", "In PyTorch, training updates the full original weight matrices."),
    ("genai-055", "In LangChain, the knowledge is stored in the weights."),
]

OTHER = [
    (
        "genai-085",
        "In DreamBooth, the optimizer trains the full original weight matrices of the diffusion "
        "model.",
    ),
    ("genai-055", "In closed-book GPT-3, the knowledge is stored in the weights."),
    # a paper is no tool: its frame is said of the method it presents (review62: flagged when
    # "paper" was in TOOLS)
    (
        "genai-085",
        "In the DreamBooth paper, training updates the full original weight matrices.",
    ),
]


@pytest.mark.parametrize(("qid", "answer"), TOOL)
def test_wrong_claim_framed_by_a_tool_is_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(("qid", "answer"), OTHER)
def test_claim_framed_by_another_method_is_not_flagged(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_no_wrong_claim(grade)


def test_no_tool_word_is_a_subject_a_question_contrasts() -> None:
    """A word of TOOLS that a concept's `about` names (genai-165's "OpenAI", the Kaplan side)
    is a system a question sets against another, not a tool."""
    rubric = yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))
    abouts = {
        word
        for question in rubric["questions"].values()
        for concept in question.get("concepts", [])
        for about in concept.get("about") or []
        for word in Text.of(about).words
    }
    assert not TOOLS & abouts
