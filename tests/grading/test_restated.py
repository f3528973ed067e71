"""A restated question is seen through the question's acronyms and short forms (restated.py)."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.restated import spells


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("llm", "large language model"),
        ("LLMs", "large language models"),
        ("genai", "generative ai"),
        ("rlhf", "reinforcement learning from human feedback"),
        ("rag", "retrieval-augmented generation"),
    ],
)
def test_a_short_form_spells_its_words_beginnings(short: str, long: str) -> None:
    assert spells(short, long)


@pytest.mark.parametrize(
    ("short", "long"), [("critic", "discriminator"), ("denoise", "remove noise"), ("llm", "")]
)
def test_a_synonym_is_no_short_form(short: str, long: str) -> None:
    assert not spells(short, long)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-082", "Fine-tuning is important for large language models."),
        ("genai-029", "It is tokenization in large language models."),
    ],
)
def test_spelling_out_the_questions_acronym_still_restates_it(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    """A6: "LLMs" asked, "large language models" answered, nothing else: it had no flag."""
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert "restates_question" in grade.flags
    assert grade.feedback[0] == "You restated the question; explain the answer instead."


def test_an_answer_that_spells_the_acronym_and_says_more_is_no_restatement(
    genai, genai_grader
) -> None:
    grade = genai_grader.grade(
        genai.get("genai-082"),
        "Fine-tuning adapts large language models to a narrow task, so a small tuned model can "
        "match a big general one and always answer in the format you need.",
    )
    assert "restates_question" not in grade.flags


def test_an_answer_key_question_spelled_out_is_restated() -> None:
    key = (
        "LLMs are the text branch of generative AI: they generate text token by token after "
        "pretraining on huge corpora."
    )
    question = "How do LLMs fit into generative AI?"
    restated = grade_reference(question, key, "Large language models in generative AI.")
    assert "restates_question" in restated.flags
    answered = grade_reference(
        question, key, "Large language models are the text branch of generative AI."
    )
    assert "restates_question" not in answered.flags
