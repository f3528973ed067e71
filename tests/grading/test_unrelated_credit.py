"""Concepts are not credited on words that only share part of their phrase (play 22)."""

from __future__ import annotations

from interviewer.core.grading.text import Text


def _credited(genai, genai_grader, qid: str, answer: str) -> set[str]:
    return {m.concept for m in genai_grader.grade(genai.get(qid), answer).matched}


def test_an_acronym_spelled_out_is_not_the_whole_alias(genai, genai_grader):
    # "LLM judge" read with "large language model" for "LLM" must still name the judge
    answer = "LLMOps is MLOps for large language models."
    assert "LLM-as-a-judge" not in _credited(genai, genai_grader, "genai-117", answer)
    judged = "In LLMOps a large language model judge grades the outputs against a rubric."
    assert "LLM-as-a-judge" in _credited(genai, genai_grader, "genai-117", judged)


def test_human_like_is_not_human(genai, genai_grader):
    answer = "A human judge chats with a hidden machine and a hidden person."
    assert "human-like conversation" not in _credited(genai, genai_grader, "genai-018", answer)
    said = "Chatbots now hold human-like conversations."
    assert "human-like conversation" in _credited(genai, genai_grader, "genai-018", said)


def test_a_like_compound_is_one_word():
    assert Text.of("a human-like reply").words == ["a", "humanlike", "reply"]
