"""speed60: `Structure.of` calls `removes_the_need`, `fails_to` and `avoids` only at the words
they can read as a negation (clauses._NEGATING_VERBS); the negations found are those found by
calling the three at every word (3.44)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import clauses
from interviewer.core.grading.avoidance import avoids
from interviewer.core.grading.clauses import _NEGATING_VERBS, Structure
from interviewer.core.grading.denial_words import removes_the_need
from interviewer.core.grading.effort_verbs import fails_to
from interviewer.core.grading.text import Text

OTHER_WORDS = "i we would the need to and or it model not fails avoided needs".split()
WORDS = sorted(_NEGATING_VERBS) + OTHER_WORDS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.booleans())
def test_the_three_readings_read_no_other_word(words: list[str], start: bool) -> None:
    for i, word in enumerate(words):
        read = removes_the_need(words, i) or fails_to(words, i) or avoids(words, i, start)
        assert word in _NEGATING_VERBS or not read


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, ",", "."]), min_size=1, max_size=16))
def test_the_negations_found_are_those_of_every_word(tokens: list[str]) -> None:
    structure = Structure.of(Text.of(" ".join(tokens)))
    words, sentences = structure.text.words, structure.sentences
    for i in range(len(words)):
        verb = (
            removes_the_need(words, i)
            or fails_to(words, i)
            or avoids(words, i, i == 0 or sentences[i - 1] != sentences[i])
        )
        if verb:
            assert i in structure.negators


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("LoRA removes the need for a critic.", "critic"),
        ("Bag of words fails to match synonyms.", "synonyms"),
        ("I would avoid early stopping here.", "stopping"),
    ],
)
def test_the_readings_are_called_only_at_their_words(
    monkeypatch: pytest.MonkeyPatch, text: str, denied: str
) -> None:
    called: list[str] = []

    def counted(reading):  # type: ignore[no-untyped-def]
        def call(words, i, *rest):  # type: ignore[no-untyped-def]
            called.append(words[i])
            return reading(words, i, *rest)

        return call

    for name in ("removes_the_need", "fails_to", "avoids"):
        monkeypatch.setattr(clauses, name, counted(getattr(clauses, name)))
    structure = Structure.of(Text.of(text))
    words = structure.text.words
    assert structure.reach[words.index(denied)] >= 0
    assert called and set(called) <= _NEGATING_VERBS
