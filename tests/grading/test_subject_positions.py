"""subjects/positions.py: where a name stands in its clause, on sentences of our own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects.positions import (
    bracket_depth,
    in_contrast_clause,
    object_of_preposition,
    opens_clause,
)
from interviewer.core.grading.text import Text


def at(text: str, word: str) -> tuple[Answer, int]:
    answer = Answer.of(Text.of(text))
    return answer, answer.text.words.index(word)


def test_a_name_opens_its_clause_after_the_and_joining_words() -> None:
    assert opens_clause(*at("The generator makes images.", "generator"))
    assert opens_clause(*at("BERT reads both ways and GPT reads left to right.", "gpt"))
    assert not opens_clause(*at("It learns, mirroring the generator, and outputs.", "generator"))


def test_a_name_after_a_preposition_inside_its_clause_is_an_object() -> None:
    assert object_of_preposition(*at("The decoder attends over the encoder outputs.", "encoder"))
    assert not object_of_preposition(*at("With batching, the server is faster.", "batching"))
    assert not object_of_preposition(*at("The encoder reads the input.", "encoder"))


def test_a_name_in_a_while_or_whereas_clause_stands_on_the_other_side() -> None:
    assert in_contrast_clause(*at("GPT-4 passed, while GPT-3 failed.", "failed"))
    assert in_contrast_clause(*at("BERT encodes, and whereas GPT decodes.", "gpt"))
    assert not in_contrast_clause(*at("GPT-4 passed the exam.", "passed"))


def test_brackets_open_before_a_word_are_counted() -> None:
    assert bracket_depth(*at("Models (like BERT) read.", "bert")) == 1
    assert bracket_depth(*at("Models (like BERT) read.", "read")) == 0
    assert bracket_depth(*at("A ((nested BERT)) case.", "bert")) == 2


WORDS = st.sampled_from("the a of with and but while for bert gpt reads writes ( ) , .".split())


@settings(max_examples=300)
@given(st.lists(WORDS, min_size=1, max_size=25))
def test_property_every_position_reads_without_error(tokens: list[str]) -> None:
    answer = Answer.of(Text.of(" ".join(tokens)))
    for p in range(len(answer.text.words)):
        assert bracket_depth(answer, p) >= 0
        opens_clause(answer, p)
        object_of_preposition(answer, p)
        in_contrast_clause(answer, p)
