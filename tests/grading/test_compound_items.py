"""Items with hyphenated terms, "e.g." and verbs in -ing with an object (term_items.is_claim)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.term_items import is_claim
from interviewer.core.grading.text import Text


def keyword_string(answer: str) -> bool:
    text = Text.of(answer)
    return is_keyword_string(text, Structure.of(text))


def claim(item: str) -> bool:
    text = Text.of(item)
    return is_claim(text, 0, len(text.words) - 1)


@pytest.mark.parametrize(
    "item", ["pre-trained encoders", "human-labeled data", "step-by-step plans", "self-supervised"]
)
def test_a_participle_or_function_word_inside_a_hyphenated_term_is_part_of_its_name(item):
    assert not claim(item)


@pytest.mark.parametrize(
    "item",
    [
        "predicting the next token",
        "minimizing the loss",
        "e.g. distillation",
        "i.e. smaller",
        "trains the adapters",
    ],
)
def test_an_action_on_an_object_and_an_example_say_something(item):
    assert claim(item)


def test_a_string_of_hyphenated_terms_is_a_keyword_string():
    assert keyword_string(
        "Pre-trained encoders, human-labeled data, step-by-step plans and reward models."
    )


def test_a_note_with_an_action_and_an_example_is_not():
    assert not keyword_string(
        "A model learns the patterns of its corpus, mostly self-supervised, e.g. predicting the "
        "next word and minimizing cross-entropy with backprop and gradient descent."
    )


def test_a_long_term_a_filler_opens_is_a_term():
    # "Involves" opens the item: the four words after it name one thing, however long
    assert keyword_string(
        "Involves Contrastive Language-Image Pretraining, OpenAI, ViT-L, LAION, etc."
    )
