"""speed61: `Text.word_set`, the words of a text as a set, made once and dropped when a word is
read as another (`Text.set_word`: short forms, misspelt function words); whether a text says
"too", "just" or a reflexive's last word is one look-up in it, and `reflexive_marks` reads no
word of a text that holds none of those last words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.restricted import ONLY_STEM
from interviewer.core.grading.short_forms import ShortForms
from interviewer.core.grading.text import Text, reflexives
from interviewer.core.grading.text.reflexives import REFLEXIVE_STEM, reflexive_marks
from interviewer.core.grading.too_degrees import read_degrees
from interviewer.core.grading.typos import correct_stop_words


def _marks_at_every_word(words: list[str]) -> list[int]:
    """3.45's reading: both qualifiers asked at every word."""
    reflexive, owners = (
        {"itself", "themselves", "himself", "herself"},
        {"its", "their", "his", "her"},
    )
    marks = []
    for i in range(1, len(words)):
        by_itself = words[i] in reflexive and words[i - 1] == "by"
        on_its_own = (
            words[i] == "own" and i >= 2 and words[i - 1] in owners and words[i - 2] == "on"
        )
        if by_itself or on_its_own:
            marks.append(i)
    return marks


def test_the_word_set_is_the_words_made_once() -> None:
    text = Text.of("The router is too slow, so tokens spread by themselves.")
    assert text.word_set == frozenset(text.words)
    assert text.word_set is text.word_set  # one set per text, made at the first question


def test_a_word_read_as_another_drops_the_set_made_before() -> None:
    text = Text.of("Store them as dict keys.")
    assert "dict" in text.word_set
    ShortForms.of({"dictionary": "dictionary"}).read(text)
    assert text.words[3] == "dictionary"
    assert "dictionary" in text.word_set and "dict" not in text.word_set
    assert text.word_set == frozenset(text.words)


def test_a_misspelt_function_word_read_after_the_set_was_made() -> None:
    text = Text.of("The gradient is tooo small to train the early layers.")
    assert "too" not in text.word_set
    correct_stop_words(text, frozenset())
    assert text.words[3] == "too" and text.stems[3] == "too"
    assert "too" in text.word_set
    assert [d.word for d in read_degrees(text, Answer.of(text).structure)] == ["small"]


def test_set_word_writes_the_word_and_its_stem() -> None:
    text = Text.of("a b c")
    made = text.word_set
    text.set_word(1, "x", "x-stem")
    assert text.words == ["a", "x", "c"] and text.stems[1] == "x-stem"
    assert text.word_set is not made and text.word_set == {"a", "x", "c"}


WORDS = "by itself themselves on its their own own the tokens spread her".split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_the_reflexive_marks_are_those_read_at_every_word(words: list[str]) -> None:
    text = Text.of(" ".join(words))
    assert reflexive_marks(text) == _marks_at_every_word(text.words)


def test_no_word_is_read_in_a_text_without_a_last_word(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[int] = []

    def counted(words: list[str], i: int) -> bool:
        called.append(i)
        return False

    monkeypatch.setattr(reflexives, "_by_itself", counted)
    monkeypatch.setattr(reflexives, "_on_its_own", counted)
    assert (
        reflexive_marks(Text.of("Tokens spread evenly because a balancing loss keeps them.")) == []
    )
    assert called == []
    reflexive_marks(Text.of("Tokens spread evenly by themselves."))
    assert called  # a text with one is read word by word, as before


@pytest.mark.parametrize(
    ("answer", "stem", "where"),
    [
        ("Tokens spread evenly by themselves.", REFLEXIVE_STEM, [4]),
        ("The model learns it on its own.", REFLEXIVE_STEM, [6]),
        ("It trains just the decoder.", ONLY_STEM, [2]),
    ],
)
def test_the_answer_positions_of_a_qualifier(answer: str, stem: str, where: list[int]) -> None:
    assert Answer.of(Text.of(answer)).positions[stem] == where
