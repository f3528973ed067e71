"""Where a word's sentence, segment or clause starts and ends (unit_spans.py): the one helper
the readings use instead of a hand walk over the unit's words (code61, stop 50)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st
from test_clauses import WORDS_AND_MARKS

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text
from interviewer.core.grading.thresholds import past_threshold
from interviewer.core.grading.unit_spans import unit_end, unit_start

PIECES = [*WORDS_AND_MARKS, "which", "enough", "with"]
"""test_clauses' words and punctuation to build texts from, and a few the readings look for."""


def walked_start(numbers: Sequence[int], position: int) -> int:
    """The hand walk the readings wrote before (thresholds.py, asides.py at 3.45)."""
    start = position
    while start > 0 and numbers[start - 1] == numbers[position]:
        start -= 1
    return start


def walked_end(numbers: Sequence[int], position: int) -> int:
    """The hand walk judgments.clause_end wrote at 3.45."""
    end = position
    while end + 1 < len(numbers) and numbers[end + 1] == numbers[position]:
        end += 1
    return end


def test_a_unit_starts_and_ends_at_its_own_words():
    structure = Structure.of(Text.of("BERT encodes text. GPT decodes it, one token at a time."))
    words, sentences, clauses = structure.text.words, structure.sentences, structure.clauses
    gpt, it, time = words.index("gpt"), words.index("it"), len(words) - 1
    assert (unit_start(sentences, it), unit_end(sentences, it)) == (gpt, time)
    assert (unit_start(clauses, it), unit_end(clauses, it)) == (gpt, it)
    assert (unit_start(clauses, time), unit_end(clauses, 0)) == (it + 1, gpt - 1)
    assert unit_start(sentences, 0) == 0 and unit_end(sentences, time) == time


def test_a_one_word_unit_is_its_own_start_and_end():
    assert unit_start([0, 1, 2], 1) == 1 and unit_end([0, 1, 2], 1) == 1
    assert unit_start([0], 0) == 0 and unit_end([0], 0) == 0


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.data())
def test_the_helper_finds_what_the_hand_walk_found(pieces: list[str], data: st.DataObject):
    structure = Structure.of(Text.of(" ".join(pieces)))
    if not structure.text.words:
        return
    for kind in ("sentence", "segment", "clause"):
        numbers = {
            "sentence": structure.sentences,
            "segment": structure.segments,
            "clause": structure.clauses,
        }[kind]
        # what bisection needs: a unit's number is one more than the unit's before it
        assert numbers[0] == 0
        assert all(b - a in (0, 1) for a, b in zip(numbers, numbers[1:], strict=False))
        for position in range(len(numbers)):
            assert unit_start(numbers, position) == walked_start(numbers, position)
            assert unit_end(numbers, position) == walked_end(numbers, position)
            assert structure.start(kind, position) == walked_start(numbers, position)
        spans = [(unit_start(numbers, p), unit_end(numbers, p)) for p in range(len(numbers))]
        assert sorted(set(spans)) == structure.units(kind)


def test_a_threshold_is_read_up_to_the_statement_when_it_runs_past_its_sentence():
    """past_threshold reads the sentence of the statement's first word, and up to the
    statement's last word when the statement runs into the next sentence (as at 3.45)."""
    text = Text.of("Decoding is compute-bound. It is so with a large enough batch.")
    structure = Structure.of(text)
    words = text.words
    statement = [words.index("decoding"), words.index("it")]
    assert not past_threshold(words, structure.sentences, structure.clauses, statement)
    assert not past_threshold(words, structure.sentences, structure.clauses, [0, 2])
    said_past = [words.index("it"), words.index("so")]
    assert past_threshold(words, structure.sentences, structure.clauses, said_past)
