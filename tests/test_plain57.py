"""Good answers in plain words (para57, issue 8): concepts said plainly and not found.

Two general wordings join plain_words.txt: "the patterns of the examples it was trained on" for
the data distribution a generative model learns, and "one model can do many tasks" for
general-purpose. Nine rubric aliases of six tunable questions read the plain words of graded-4/5
answers of the train and dev splits (genai-084 d0111 "cost nothing to change ... repeat them
every single time", 40.0; genai-015 d1116, genai-126 d0381, genai-065 d0050, genai-030 d0920,
genai-007 d0456). Each answer below is written for this test, not taken from the development
set or the probes, and each case failed at 5d1ada7 (grader 3.41).
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text


def _read(key: str, answer: str, prompt: str = "What is generative AI?") -> list[str]:
    return PlainWords.of(prompt, [key]).read(Text.of(answer)).words


def _found(genai, genai_grader, question: str, answer: str) -> set[str]:
    grade = genai_grader.grade(genai.get(question), answer)
    return {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    "answer",
    [
        "It picks up the patterns of the examples it was trained on and makes new ones.",
        "The network absorbs the patterns in its training data.",
    ],
)
def test_patterns_of_the_training_examples_are_read_as_the_data_distribution(answer):
    words = _read("A generative model learns the data distribution.", answer)
    assert "distribut" in " ".join(words), words


@pytest.mark.parametrize(
    "answer",
    [
        "Today one model can do many tasks that used to need separate systems.",
        "A single model handles many tasks once you tell it what you want.",
    ],
)
def test_one_model_doing_many_tasks_is_read_as_general_purpose(answer):
    words = _read("Foundation models are general-purpose.", answer)
    assert "general" in words, words


def test_not_read_where_the_key_does_not_name_the_term():
    answer = "It picks up the patterns of the examples it was trained on."
    assert _read("A classifier predicts a label.", answer) == Text.of(answer).words


def test_a_plain_answer_is_credited_with_general_purpose(genai, genai_grader):
    answer = (
        "It writes, summarises and codes, work people used to do, and the same model can do many "
        "tasks if you just describe them in everyday language."
    )
    assert "general-purpose" in _found(genai, genai_grader, "genai-015", answer)


def test_a_separate_model_per_task_is_not_general_purpose(genai, genai_grader):
    answer = "Each company still trains a separate model for every task it has, by hand."
    assert "general-purpose" not in _found(genai, genai_grader, "genai-015", answer)


@pytest.mark.parametrize(
    ("question", "concept", "answer"),
    [
        (
            "genai-084",
            "prompting is cheap",
            "A prompt is free to edit: the words cost nothing to change and work right away.",
        ),
        (
            "genai-084",
            "context window limits",
            "Long instructions in a prompt have to be sent again: you repeat them every time.",
        ),
        (
            "genai-015",
            "fast adoption",
            "It is widely accessible now, in phones, offices and search.",
        ),
        (
            "genai-126",
            "image generation",
            "You type a short description and get a picture of it.",
        ),
        (
            "genai-030",
            "multilingual coverage",
            "A larger vocabulary also helps with other languages than English.",
        ),
        (
            "genai-007",
            "gradient descent",
            "Its errors are scored and the model gets tweaked bit by bit to lower them.",
        ),
    ],
)
def test_plain_aliases(genai, genai_grader, question, concept, answer):
    assert concept in _found(genai, genai_grader, question, answer)
