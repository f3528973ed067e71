"""A "plus" between two of a phrase's words is read as "and" (plain62, issue 8): genai-039's
alias "prompt plus response" had needed the word "plus", so an answer saying the window covers
"your prompt and its reply" was not credited *input plus output* (plain_probes62a pp62-004).
The grader credit below failed at 8da74375 (grader 3.46), as did the phrase tests that expect
"plus" left out."""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching.phrases import make_phrase
from interviewer.core.grading.matching.plus_joins import joining_plus


def _stems(text: str) -> list[str]:
    phrase = make_phrase(text)
    assert phrase is not None
    return [stem for _, stem, _ in phrase.tokens]


@pytest.mark.parametrize(
    "alias", ["prompt plus response", "noise plus a condition", "CLIP plus T5"]
)
def test_a_plus_between_two_words_is_not_required(alias):
    assert "plus" not in _stems(alias)
    assert len(_stems(alias)) == 2


@pytest.mark.parametrize("alias", ["mean plus", "TTFT plus", "plus a label"])
def test_a_plus_at_either_end_stays_required(alias):
    assert "plus" in _stems(alias)


def test_joining_plus_reads_only_the_required_words():
    words = ["a", "plus", "b", "plus"]
    assert joining_plus(words, [0, 1, 2, 3]) == {1}
    assert joining_plus(words, [1, 2]) == set()  # nothing required before it


def _credited(genai, genai_grader, question: str, answer: str) -> set[str]:
    grade = genai_grader.grade(genai.get(question), answer)
    return {m.concept for m in grade.matched}


def test_prompt_and_reply_credit_input_plus_output(genai, genai_grader):
    answer = (
        "It is the most tokens the model can handle at once, counting your prompt and its "
        "reply together."
    )
    assert "input plus output" in _credited(genai, genai_grader, "genai-039", answer)


def test_the_prompt_alone_does_not_credit_input_plus_output(genai, genai_grader):
    answer = "It is the most tokens the model can handle at once in your prompt."
    assert "input plus output" not in _credited(genai, genai_grader, "genai-039", answer)
