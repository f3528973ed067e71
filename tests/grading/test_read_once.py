"""Work done once rather than per answer (speed37): what is remembered or skipped gives what
computing it again would."""

from __future__ import annotations

from interviewer.core.grading.matching import make_phrase, matches


def test_a_phrases_adjacent_pairs_are_read_once_and_the_same():
    phrase = make_phrase("longer vectors need fewer heads", twice=True)
    assert phrase is not None
    matches._ADJACENT.clear()
    first = matches._adjacent_pairs(phrase)
    assert first == matches._adjacent_pairs_of(phrase)
    assert (phrase.text, phrase.tokens) in matches._ADJACENT
    assert 0 in first  # "longer" right before "vectors": a comparative and its noun
    # remembered: a second look is the same value, not read again
    matches._ADJACENT[phrase.text, phrase.tokens] = frozenset({99})
    assert matches._adjacent_pairs(phrase) == frozenset({99})
    matches._ADJACENT.clear()
    assert matches._adjacent_pairs(phrase) == first


def test_phrases_of_the_same_words_in_another_order_are_told_apart():
    one = make_phrase("longer vectors", twice=True)
    other = make_phrase("vectors longer", twice=True)
    assert one is not None and other is not None
    assert matches._adjacent_pairs(one) != matches._adjacent_pairs(other)
