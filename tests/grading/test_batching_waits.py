"""genai-119's wrong claim about continuous batching is that it waits for the whole batch,
not that a request waits at all: a new request does wait for a free slot, which is right."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "answer",
    [
        "Continuous batching waits for a free slot before a new request joins the running batch.",
        "With continuous batching a new request only waits until a slot frees up at the next step.",
    ],
)
def test_waiting_for_a_free_slot_is_no_wrong_claim(genai, genai_grader, answer: str) -> None:
    grade = genai_grader.grade(genai.get("genai-119"), answer)
    assert not grade.contradictions


@pytest.mark.parametrize(
    "answer",
    [
        "Continuous batching waits for the whole batch to finish before adding requests.",
        "Continuous batching waits for every request in the batch to finish.",
    ],
)
def test_waiting_for_the_whole_batch_is_still_caught(genai, genai_grader, answer: str) -> None:
    grade = genai_grader.grade(genai.get("genai-119"), answer)
    assert [c.concept for c in grade.contradictions] == ["continuous batching"]
