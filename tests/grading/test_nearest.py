"""A missed concept's feedback quotes the answer's nearest clause, short and verbatim."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from test_concepts import BANK, BERT_GPT

from interviewer.core.grading import Grader
from interviewer.core.grading.nearest import ELLIPSIS, QUOTE_WORDS
from interviewer.core.grading.text import Text

NEAREST = re.compile(r"Nearest in your answer, not close enough to count: “(.*)”\.$", re.S)


def nearest_quotes(feedback: tuple[str, ...]) -> list[str]:
    """The quotes of the answer that the feedback calls nearest to a missed concept."""
    return [m.group(1) for note in feedback if (m := NEAREST.search(note))]


def _words(quote: str) -> int:
    """The quote's words as the grader counts them (punctuation is no word)."""
    return len(Text.of(quote.strip(ELLIPSIS)).words)


GRADER = Grader(BANK)
ONE_SENTENCE = (
    "Both are language models trained on a lot of web text, and as far as I remember each one "
    "uses only one half of the transformer, which matters a lot for what they are good at in "
    "practice"
)


def test_a_long_sentence_is_quoted_by_its_clause_nearest_to_the_description():
    quotes = nearest_quotes(GRADER.grade(BERT_GPT, ONE_SENTENCE).feedback)
    assert quotes  # encoder-only and decoder-only are missed, their nearest clause shown
    for quote in quotes:
        assert quote.strip(ELLIPSIS) in ONE_SENTENCE
        assert "one half of the transformer" in quote
        assert "web text" not in quote and "in practice" not in quote
        assert _words(quote) <= QUOTE_WORDS


def test_a_long_clause_is_cut_around_the_description_words_with_an_ellipsis():
    answer = ONE_SENTENCE.replace(",", "")  # one clause of 36 words
    quotes = nearest_quotes(GRADER.grade(BERT_GPT, answer).feedback)
    assert quotes
    for quote in quotes:
        assert quote.startswith(ELLIPSIS) or quote.endswith(ELLIPSIS)
        assert quote.strip(ELLIPSIS) in answer
        assert "half of the transformer" in quote
        assert _words(quote) == QUOTE_WORDS


def test_a_segment_short_enough_to_read_is_quoted_whole():
    said = "They are language models, and each keeps one half of the transformer network"
    quotes = nearest_quotes(GRADER.grade(BERT_GPT, f"{said}. Fine.").feedback)
    assert quotes and set(quotes) == {said}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list(",.;:()-")
            + ["\n", "…", "é", "BERT", "GPT"]
            + "uses only the encoder decoder half of transformer model it reads text left right "
            "both ways and then which not a lot of".split()
        ),
        max_size=80,
    ).map(" ".join)
)
def test_every_nearest_quote_is_a_short_verbatim_span_of_the_answer(answer: str) -> None:
    for quote in nearest_quotes(GRADER.grade(BERT_GPT, answer).feedback):
        assert quote.strip(ELLIPSIS) and quote.strip(ELLIPSIS) in answer
        assert _words(quote) <= QUOTE_WORDS
