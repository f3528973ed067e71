"""Reference mode: "separate" is read as the key's "different" where the key says "different"
and never "separate" (plain_words.txt, beetle59): things kept separate are different ones. "the
lamps are in separate paths" says the key "Lamp X and lamp Y are in different paths with the
cell", yet "separate" was a word the key never uses and it failed at 44.4 (SemEval-2013 Beetle
train: "bulbs a and c are contained in separate closed paths", labelled correct, 55.1, against
"A and C are in different paths"). My own keys."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.plain_words import PlainWords, plain_terms
from interviewer.core.grading.text import Text

QUESTION = "Explain why the two lamps behave as they do."
KEYS = [
    "Lamp X and lamp Y are in different paths with the cell",
    "Lamp X and lamp Y are not in the same path",
]


def test_separate_paths_are_the_keys_different_paths() -> None:
    different = grade_reference(QUESTION, KEYS, "the lamps are in different paths")
    separate = grade_reference(QUESTION, KEYS, "the lamps are in separate paths")
    assert separate.passed  # 44.4 before
    assert separate.score == different.score


def test_the_same_path_still_fails() -> None:
    said = grade_reference(QUESTION, KEYS, "the lamps are in the same path")
    assert not said.passed


def test_a_key_that_says_separate_reads_its_own_word() -> None:
    # the key's own word: nothing is read in its place ("separated by a gap" is the key's)
    keys = ["The terminals are separated by a gap", "The terminals are in different states"]
    question = "Why does the meter read 1.5 volts across the two terminals?"
    separated = grade_reference(question, keys, "a gap separates the terminals")
    assert separated.passed


def test_only_reference_mode_reads_it() -> None:
    # a rubric's question does not: "agents are separate fine-tuned models" (a rubric's wrong
    # claim) says nothing of things being different, and had moved a development grade
    key = ["Lamp X and lamp Y are in different paths"]
    separate = Text.of("the lamps are in separate paths")
    reference = PlainWords.of(QUESTION, key, both_ways=True)
    rubric = PlainWords.of(QUESTION, key, both_ways=False)
    assert "different" in reference.read(separate).words
    assert rubric.read(separate).words == separate.words
    assert any(t.reference_only for t in plain_terms())
