"""speed67: the words a subject read across a comma may end at (`across_comma._before_a_break`:
before a comma, "and" or "or") are found from the commas, as 3.50 found them by searching the
gap after every word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import across_comma
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.text import Text
from interviewer.core.grading.text.function_words import LIST_CONJUNCTIONS

PIECES = [
    *("GPT", "BERT", "LoRA", "which", "trains", "all", "weights", "and", "or", "the", "1,000"),
    *("pre-trained", ",", ", ", " ,", ",,", "(", ")", ".", ";", "\u00e9t\u00e9", "\ufb01ne"),
]


def _old_before_a_break(text: Text) -> frozenset[int]:
    """3.50's reading: the gap after every word searched for a comma."""
    words, spans, raw = text.words, text.spans, text.raw
    return frozenset(
        i
        for i in range(len(words) - 1)
        if "," in raw[spans[i][1] : spans[i + 1][0]] or words[i + 1] in LIST_CONJUNCTIONS
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=24), st.booleans())
def test_the_breaks_are_those_of_every_gap_searched(pieces: list[str], spaced: bool) -> None:
    text = Text.of((" " if spaced else "").join(pieces))
    assert across_comma._before_a_break(Answer.of(text)) == _old_before_a_break(text)


def test_the_words_before_a_comma_and_or() -> None:
    text = Text.of("LoRA, which trains few weights, costs 1,000 GPUs or less")
    found = across_comma._before_a_break(Answer.of(text))
    assert sorted(text.words[i] for i in found) == ["1", "gpus", "lora", "weights"]


def test_no_gap_is_cut_out() -> None:
    """The gaps are not searched one by one: a text whose `raw` refuses slicing is read."""

    class Unsliceable(str):
        def __getitem__(self, key):
            if isinstance(key, slice):
                raise AssertionError("a gap was cut out")
            return str.__getitem__(self, key)

    text = Text.of("LoRA, which trains few weights, is cheap and fast")
    answer = Answer.of(text)
    text.raw = Unsliceable(text.raw)
    found = across_comma._before_a_break(answer)
    assert sorted(text.words[i] for i in found) == ["cheap", "lora", "weights"]
