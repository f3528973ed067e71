"""A discourse marker ("for example", "for instance", "as an example") says nothing about
examples (matching/discourse.py): the bank's thesaurus reads "example", "instance" and
"demonstration" as one word, and an alias naming examples was found in any answer that said
"for example" or "for instance"."""

from __future__ import annotations

import pytest
from graded import matched_concepts

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.discourse import marker_nouns
from interviewer.core.grading.text import Text, cached_stem


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("For example, a cache keeps the keys.", "example"),
        ("a role and a format, for instance", "instance"),
        ("As an example, take a review.", "example"),
        ("It shows examples, for example two reviews.", "example"),
    ],
)
def test_the_noun_of_a_marker(text: str, marker: str) -> None:
    words = Text.of(text).words
    assert marker_nouns(words) == {words.index(marker)}


@pytest.mark.parametrize(
    "text",
    [
        "each example is labelled",
        "put a few examples in the prompt",
        "an instance of the class",
        "the example for the model",
        "asks for examples",
    ],
)
def test_examples_named_are_no_marker(text: str) -> None:
    assert marker_nouns(Text.of(text).words) == frozenset()


def test_the_answer_does_not_hold_the_marker_but_the_text_keeps_it() -> None:
    text = Text.of("For example, the model sees two examples.")
    answer = Answer.of(text)
    assert answer.positions[cached_stem("example")] == [text.words.index("examples")]
    assert "example" not in answer.word_positions
    assert text.words.index("example") in text.content  # length and form read it as before


@pytest.mark.parametrize("marker", ["for example", "for instance"])
def test_a_marker_does_not_credit_few_shot_examples(
    genai: Bank, genai_grader: Grader, marker: str
) -> None:
    # genai-051 (tunable): the alias "giving examples" was found in "for example giving a role"
    # (39.1 with "few-shot examples" at grader 3.32)
    answer = (
        f"Prompt engineering means wording the input well, {marker} giving a role and a format."
    )
    grade = genai_grader.grade(genai.get("genai-051"), answer)
    assert "few-shot examples" not in matched_concepts(grade)
    assert "designing the input" in matched_concepts(grade)


def test_examples_named_next_to_a_marker_are_still_credited(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "Prompt engineering is crafting the prompt: an instruction, a format, and a few"
        " examples in the prompt, for example two solved reviews."
    )
    grade = genai_grader.grade(genai.get("genai-051"), answer)
    assert "few-shot examples" in matched_concepts(grade)


def test_no_examples_with_a_marker_is_still_zero_shot(genai: Bank, genai_grader: Grader) -> None:
    answer = "Zero-shot prompting gives the model no examples at all, for example 'translate this'."
    grade = genai_grader.grade(genai.get("genai-052"), answer)
    assert "no examples" in matched_concepts(grade)
