"""Fixed phrases found in a list of words (text/phrases.py), as the discourse markers, the key
terms' explanation phrases and the before-state frames look for them."""

from __future__ import annotations

from interviewer.core.grading.key_terms.words import in_explanation_phrase
from interviewer.core.grading.matching.discourse import marker_nouns
from interviewer.core.grading.text import Text, phrase_at, phrase_spans


def test_phrase_at_gives_the_first_phrase_held_from_a_position() -> None:
    words = "use it at the cost of memory".split()
    phrases = [("at", "the", "cost"), ("at", "the", "cost", "of"), ("the",)]
    assert phrase_at(words, 2, phrases) == ("at", "the", "cost")
    assert phrase_at(words, 3, phrases) == ("the",)
    assert phrase_at(words, 0, phrases) is None
    assert phrase_at(words, 6, [("memory", "use")]) is None  # runs past the end


def test_phrase_spans_finds_every_place_even_overlapping() -> None:
    words = "a b a b a".split()
    spans = list(phrase_spans(words, [("a", "b", "a"), ("b",)]))
    assert spans == [range(0, 3), range(1, 2), range(2, 5), range(3, 4)]
    assert list(phrase_spans([], [("a",)])) == []


def test_explanation_phrases_mark_their_words_only() -> None:
    words = Text.of("Caching trades memory at the cost of staleness, in addition to speed").words
    inside = in_explanation_phrase(words)
    assert sorted(words[i] for i in inside) == sorted("at the cost of in addition to".split())


def test_marker_nouns_are_the_nouns_after_their_lead() -> None:
    words = Text.of("For instance, as an example, each example; as one instance").words
    assert sorted(marker_nouns(words)) == [1, 4, 9]
