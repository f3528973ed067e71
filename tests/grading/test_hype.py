"""Sentences of empty praise (hype.py): two different words of praise make one; one word, or
the same word twice, does not."""

from __future__ import annotations

import re

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.hype import HYPE_PARTS, HYPE_RE, hyped_sentences
from interviewer.core.grading.text import Text


def hyped(answer: str) -> list[str]:
    text = Text.of(answer)
    return [text.quote(first, last) for first, last in hyped_sentences(text, Structure.of(text))]


def test_only_the_sentence_of_praise_is_found() -> None:
    answer = (
        "Diffusion models denoise step by step. The U-Net leverages skip-connection synergies "
        "with attention-augmented paradigms. Sampling takes many steps."
    )
    assert hyped(answer) == [
        "The U-Net leverages skip-connection synergies with attention-augmented paradigms"
    ]


@pytest.mark.parametrize(
    "answer",
    [
        # one word of praise in a sentence that says something
        "Fine-tuning leverages a labelled dataset to adapt the weights to one task.",
        # the same word twice is one word
        "The landscape of models and the landscape of data both change.",
        # two words of praise in two sentences
        "RAG leverages retrieval. It is a holistic design.",
        "Attention weighs every token against every other token.",
        "",
    ],
)
def test_no_sentence_of_praise(answer: str) -> None:
    assert hyped(answer) == []


def test_every_word_of_empty_praise_holds_a_part_looked_for_first() -> None:
    # hyped_sentences skips the regular expression when the text holds none of HYPE_PARTS:
    # each alternative of the pattern must hold one, or its word would never be read
    inner = re.fullmatch(r"\\b\(\?:(.*)\)\\b", HYPE_RE.pattern)
    assert inner is not None
    for alternative in inner.group(1).split("|"):
        literal = alternative.replace(r"\w*", "").replace(r"\w+", "").replace("s?", "")
        assert any(part in literal for part in HYPE_PARTS), alternative
