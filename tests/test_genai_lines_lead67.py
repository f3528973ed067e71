"""Rubric lines the lead added after playing the product (stop 55), each with its twins.

genai-004 (the tools, grouped): "Midjourney is open source, so you can download its weights and
run it locally." was credited as *open-weight models* ("run it locally") in an answer that scored
85 `strong`: Midjourney is a closed service, offered only through its own apps. Stable Diffusion
is open-weight, so the same words of it are true and stay unflagged, as does Midjourney denied.
"""

from __future__ import annotations

import pytest

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader

CASES = [
    ("genai-004", "Midjourney is open source.", True),
    ("genai-004", "You can download Midjourney and run it on your own computer.", True),
    (
        "genai-004",
        "Image generators like Midjourney and Stable Diffusion; Midjourney is open source, so "
        "you can download its weights and run it locally.",
        True,
    ),
    ("genai-004", "Stable Diffusion is open source, unlike Midjourney.", False),
    ("genai-004", "Midjourney is not open source, but Stable Diffusion is.", False),
    (
        "genai-004",
        "You can run Stable Diffusion locally, while Midjourney runs only in the cloud.",
        False,
    ),
    (
        "genai-004",
        "Unlike Stable Diffusion, you cannot download Midjourney; it only runs on their servers.",
        False,
    ),
]


@pytest.fixture(scope="module")
def grader() -> Grader:
    return Grader(Catalog(None).find("genai"))


@pytest.mark.parametrize(("qid", "answer", "wrong"), CASES)
def test_the_line_flags_the_wrong_claim_and_not_its_twins(
    grader: Grader, qid: str, answer: str, wrong: bool
) -> None:
    question = grader.bank.get(qid)
    grade = grader.grade(question, answer)
    assert ("open-weight models" in grade.got_wrong) is wrong
