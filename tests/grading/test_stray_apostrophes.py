"""A stray character for an apostrophe ("wasn"t", "it"s", "didn^t": SemEval-2013's Beetle
answers passed through a lossy export) is read as the apostrophe (beetle54): "wasn" and "t"
had lost the "not", and a right answer that denies what the key denies read as saying the
opposite (25.0 `missing`, `contradiction`)."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.text import Text


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ('Bulb C wasn"t in a closed path', "wasn't"),
        ("the bulbs didn^t go out", "didn't"),
        ('it"s own path', "it's"),
        ('I"m sure', "i'm"),
        ('they"re connected', "they're"),
        ("the battery`s terminal", "battery's"),
    ],
)
def test_a_stray_apostrophe_joins_a_contraction(typed: str, word: str) -> None:
    text = Text.of(typed)
    assert word in text.words
    at = text.words.index(word)
    start, end = text.spans[at]
    assert text.raw[start:end].lower().replace("^", "'").replace('"', "'").replace("`", "'") == word


@pytest.mark.parametrize(
    "typed",
    [
        'he said "t" is the statistic',  # a quoted letter, a space before it
        'a "s" key',
        'the word"test" typed without a space',  # no contraction's tail after it
        'the letter"t',  # "t" joins only a word ending in "n" ("n't")
    ],
)
def test_a_quote_that_is_no_apostrophe_stays_apart(typed: str) -> None:
    assert not any("'" in w for w in Text.of(typed).words)


QUESTION = "Why can two processes not see each other's cache?"
KEY = "The cache is not shared between the processes."


def test_a_denial_typed_with_a_stray_apostrophe_agrees_with_the_key() -> None:
    grade = grade_reference(QUESTION, KEY, 'The cache isn"t shared between the processes.')
    assert "contradiction" not in grade.flags  # 25.0 missing, contradiction before
    assert (
        grade.score
        == grade_reference(QUESTION, KEY, "The cache isn't shared between the processes.").score
    )


def test_the_claim_without_the_denial_still_contradicts_the_key() -> None:
    grade = grade_reference(QUESTION, KEY, "The cache is shared between the processes.")
    assert "contradiction" in grade.flags
    assert grade.band == "missing"


def test_a_beetle_key_s_denial_said_with_a_stray_apostrophe() -> None:
    question = "Why was bulb C off when switch Z was open?"
    key = "Bulb C was no longer in a closed path with the battery"
    typed = grade_reference(question, key, 'Bulb C wasn"t in a closed path')
    plain = grade_reference(question, key, "Bulb C wasn't in a closed path")
    assert typed.score == plain.score  # 50.0 weak against 86.4 strong before
    assert typed.band == "strong"


@pytest.mark.parametrize(
    ("typed", "word"),
    [("i dont know", "don't"), ("it isnt connected", "isn't"), ("the path didnt close", "didn't")],
)
def test_a_denial_typed_without_its_apostrophe_is_the_denial(typed: str, word: str) -> None:
    assert word in Text.of(typed).words


@pytest.mark.parametrize("typed", ["the cant of the deck", "as is her wont"])
def test_words_that_are_words_without_an_apostrophe_stay(typed: str) -> None:
    assert not any("'" in w for w in Text.of(typed).words)


def test_a_denial_without_its_apostrophe_agrees_with_the_key() -> None:
    plain = grade_reference(QUESTION, KEY, "The cache isn't shared between the processes.")
    bare = grade_reference(QUESTION, KEY, "The cache isnt shared between the processes.")
    assert "contradiction" not in bare.flags
    assert bare.score == plain.score
