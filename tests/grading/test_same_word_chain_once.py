"""term_chains.same_word_chain first asks, in one pass over the words, whether a joining
function word comes back often enough for a chain (`_joints_close_enough`, speed41) and only then
tries a run from every word: the prefilter never turns a chain away. Checked against the shipped
function with the prefilter held open (the reading word by word), on sentences of my own and on
any string of words, joints and punctuation: no copy of the loop is kept here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import term_chains
from interviewer.core.grading.term_chains import same_word_chain
from interviewer.core.grading.text import Text


def _word_by_word(text: Text, ignore: frozenset[int] = frozenset()) -> int:
    """same_word_chain with its prefilter held open: the run tried from every word, as it read
    before speed41 (the shipped loop, not a copy of it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(term_chains, "_joints_close_enough", lambda words: True)
        return same_word_chain(text, ignore)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harvest over tractors over grain silos over weather over markets.",
        "Baking through flour through yeast-based dough through ovens, then bread.",
        "Violins via cellos via brass via timpani via the conductor via - applause.",
        "Grain to flour to dough to bread to the market.",
        "The mill grinds grain of the farm of the valley of the river.",
        "",
    ],
)
def test_same_count_as_word_by_word(sentence: str) -> None:
    text = Text.of(sentence)
    assert same_word_chain(text) == _word_by_word(text)
    ignore = frozenset(range(0, len(text.words), 3))
    assert same_word_chain(text, ignore) == _word_by_word(text, ignore)


PIECES = "grain flour dough bread oven yeast-based via via via of the to and , - .".split()


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=24),
    ignored=st.sets(st.integers(0, 24), max_size=4),
)
def test_same_count_on_any_words(pieces: list[str], ignored: set[int]) -> None:
    text = Text.of(" ".join(pieces).replace(" ,", ",").replace(" - ", "-"))
    ignore = frozenset(ignored)
    assert same_word_chain(text, ignore) == _word_by_word(text, ignore)
