"""speed62: the words that open a rejecting, differing or comparing phrase are found once per
answer (`Asides._openers`); `rejected`, `dismissed` (`_set_aside`) and `aside_of` answer as
3.46's loops did, which asked `opens` of the three lists at every word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import asides as asides_module
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denial_words import (
    COMPARED_WITH_WORDS,
    DIFFERING_WORDS,
    REJECTING_WORDS,
    opens,
)
from interviewer.core.grading.text import Text
from interviewer.core.grading.unit_spans import unit_start

PIECES = [
    *("unlike", "rather than", "instead of", "differs from", "different from"),
    *("compared with", "in contrast to", "replaces", "as opposed to", "contrary to"),
    *("which", "where", "that", "it", "is", "not", "the", "model", "keys", "fast", "and"),
    *("rather", "compared", "as", ",", ", which", ".", ";", "but"),
]


def _old_set_aside(s: Structure, start: int, first: int) -> bool:
    """3.46's `_set_aside`: the three lists asked at every word."""
    words, clauses = s.text.words, s.clauses
    for i in range(start, first):
        rejecting = opens(REJECTING_WORDS, words, i)
        if not (
            rejecting or opens(DIFFERING_WORDS, words, i) or opens(COMPARED_WITH_WORDS, words, i)
        ):
            continue
        if rejecting and clauses[first] == clauses[i]:
            return True
        opening = unit_start(clauses, first)
        if clauses[first] == clauses[i] + 1 and words[opening] in asides_module._RELATIVES:
            return True
    return False


def _old_inside(s: Structure, first: int, last: int) -> bool:
    """3.46's loop in `rejected`: a rejecting or differing phrase inside the statement."""
    words = s.text.words
    return any(
        opens(REJECTING_WORDS, words, i) or opens(DIFFERING_WORDS, words, i)
        for i in range(first + 1, last)
    )


def _old_aside_of(s: Structure, first: int) -> range | None:
    """3.46's `aside_of`."""
    words, clauses = s.text.words, s.clauses
    opening = unit_start(clauses, first)
    if words[opening] not in asides_module._RELATIVES or opening == 0:
        return None
    start = unit_start(clauses, opening - 1)
    for i in range(start, opening):
        if (
            opens(REJECTING_WORDS, words, i)
            or opens(DIFFERING_WORDS, words, i)
            or opens(COMPARED_WITH_WORDS, words, i)
        ):
            return range(i, opening)
    return None


def _texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(PIECES), min_size=1, max_size=16).map(
        lambda pieces: " ".join(pieces).replace(" ,", ",").replace(" .", ".").replace(" ;", ";")
    )


@settings(max_examples=300, deadline=None)
@given(_texts(), st.data())
def test_the_readings_are_346s(raw: str, data: st.DataObject) -> None:
    s = Structure.of(Text.of(raw))
    n = len(s.text.words)
    if n == 0:
        return
    first = data.draw(st.integers(0, n - 1))
    last = data.draw(st.integers(first, n - 1))
    start = unit_start(s.sentences, first)
    assert s._set_aside(start, first) == _old_set_aside(s, start, first)
    assert s.aside_of(first) == _old_aside_of(s, first)
    inside = any(differing for _, _, differing in s._openers_from(first + 1, last))
    assert inside == _old_inside(s, first, last)


def test_the_openers_of_an_answer() -> None:
    s = Structure.of(Text.of("Unlike GANs, which differ from VAEs, it is fast compared with X."))
    words = s.text.words
    assert [(words[i], r, d) for i, r, d in s._openers] == [
        ("unlike", True, True),
        ("differ", False, True),
        ("compared", False, False),
    ]
    assert s._openers_from(1, 9) == [s._openers[1]]
    assert s._openers_from(5, 5) == []


def test_the_phrases_are_asked_once_per_answer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def counted(phrases, words, i):  # type: ignore[no-untyped-def]
        calls.append(i)
        return opens(phrases, words, i)

    monkeypatch.setattr(asides_module, "opens", counted)
    s = Structure.of(Text.of("The model is fast and the keys are cached on the GPU."))
    for first in range(len(s.text.words)):
        s.dismissed([first])
        s.aside_of(first)
    assert calls == []  # no word opens a phrase: none is asked for
    s = Structure.of(Text.of("Unlike GANs, which need a discriminator, diffusion is stable."))
    for first in range(len(s.text.words)):
        s.dismissed([first])
    assert calls == [0]  # "unlike", asked once (a rejecting phrase: the others are not asked)
