"""speed67: `Asides.judged_false` reads nothing in a text without a word of JUDGED_FALSE_WORDS
(no judgment can be read there), and answers as 3.50's reading did on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import asides as asides_module
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.judged_false import (
    JUDGED_FALSE_WORDS,
    REJECTING_BEFORE,
    judged_false,
)
from interviewer.core.grading.judgments import JUDGMENTS
from interviewer.core.grading.text import Text

PIECES = [
    *("some", "people", "warn", "that", "it", "is", "a", "myth", "not", "true", "the", "case"),
    *("wrong", "to", "think", "mistake", "false", "which", "incorrect", "right", "correct"),
    *("model", "scores", "answers", "reward", "hacking", "but", "and", "in", "fact", "would"),
    *("be", "claim", "this", "that's", ",", ".", ";"),
]


def test_every_judgment_holds_one_of_the_words() -> None:
    for phrase in (*REJECTING_BEFORE, *JUDGMENTS):
        assert not JUDGED_FALSE_WORDS.isdisjoint(phrase), phrase


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=20), st.data())
def test_judged_false_answers_as_the_full_reading(pieces: list[str], data) -> None:
    structure = Structure.of(Text.of(" ".join(pieces)))
    size = len(structure.text.words)
    if not size:
        return
    first = data.draw(st.integers(0, size - 1))
    last = data.draw(st.integers(first, size - 1))
    old = judged_false(
        structure.text.words, structure.reach, structure.judging(first, last), first, last
    )
    assert structure.judged_false([first, last]) == old


def test_a_text_without_the_words_reads_no_judgment(monkeypatch) -> None:
    read: list[tuple[int, int]] = []
    real = asides_module.judged_false

    def spy(words, reach, judging, first, last):
        read.append((first, last))
        return real(words, reach, judging, first, last)

    monkeypatch.setattr(asides_module, "judged_false", spy)
    plain = Structure.of(Text.of("The reward model scores each answer, and PPO tunes it."))
    assert plain.judged_false([1, 2]) is False
    assert read == []
    judged = Structure.of(Text.of("Some warn that the model cheats, but that is a myth."))
    assert judged.judged_false([4, 5]) is True
    assert read == [(4, 5)]
