"""word_missing: a statement one of whose words is nowhere in the answer is not looked for,
and that shortcut never changes what match_phrase and match_statement find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.matching import (
    Answer,
    make_phrase,
    match_phrase,
    match_statement,
    word_missing,
)
from interviewer.core.grading.text import Text

ANSWER = "The decoder writes the output one token at a time, reading its own earlier tokens."


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


def test_a_word_the_answer_lacks_is_missing() -> None:
    answer = _answer(ANSWER)
    phrase = make_phrase("encoder writes output")
    assert phrase is not None
    assert word_missing(phrase, answer)
    assert match_statement(phrase, answer) is None


def test_every_word_there_is_not_missing() -> None:
    answer = _answer(ANSWER)
    phrase = make_phrase("decoder writes output")
    assert phrase is not None
    assert not word_missing(phrase, answer)
    assert match_statement(phrase, answer) is not None


def test_a_misspelt_word_not_yet_looked_up_is_not_missing() -> None:
    answer = _answer("The decoder writes the otuput one token at a time.")
    phrase = make_phrase("decoder writes output")
    assert phrase is not None
    assert not word_missing(phrase, answer)  # its fuzzy look-up is still to be made
    assert match_statement(phrase, answer) is not None  # "otuput" read as "output"


WORDS = "the decoder encoder writes reads output input token tokens time once each not".split()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
)
def test_a_missing_word_means_no_match(answer_words: list[str], phrase_words: list[str]) -> None:
    answer = _answer(" ".join(answer_words) + ".")
    phrase = make_phrase(" ".join(phrase_words))
    if phrase is None:
        return
    if word_missing(phrase, answer):
        assert match_phrase(phrase, answer, unit="segment", needed=1.0) is None
        assert match_statement(phrase, answer, unit="clause") is None
