"""lead59: `rejected_before` compares its phrases only where a phrase's first word stands (a
speed cut); it must find what comparing at every word finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.judged_false import REJECTING_BEFORE, rejected_before

VOCABULARY = sorted({word for phrase in REJECTING_BEFORE for word in phrase} | {"it", "is", "a"})


def at_every_word(words: list[str]) -> int:
    """The comparison before the cut, kept as the reference."""
    end = -1
    for i in range(len(words)):
        for phrase in REJECTING_BEFORE:
            if tuple(words[i : i + len(phrase)]) == phrase:
                end = max(end, i + len(phrase))
    return end


@given(st.lists(st.sampled_from(VOCABULARY), max_size=30))
def test_the_cut_finds_what_every_word_finds(words):
    assert rejected_before(words) == at_every_word(words)


def test_the_last_phrase_sets_where_the_statement_starts():
    words = "it is a myth that it is not true that rlhf helps".split()
    assert rejected_before(words) == 10
    assert rejected_before("people say rlhf helps".split()) == -1
    assert rejected_before("it is wrong to think so".split()) == 5
