"""The reach of a denial over a coordinated list (denied_lists.py, deny50): every item of "does
not A or B", "neither A nor B", "without A, B or C" is denied, not the first only."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Concept
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.concepts import find_concepts, prepare_concept, prepare_subjects
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.phrases import make_phrase
from interviewer.core.grading.text import Text


def _denied(answer: str, words: str) -> bool:
    """Whether `Structure.denied` reads the run of `words` in the answer as denied."""
    text = Text.of(answer)
    wanted = Text.of(words).words
    for first in range(len(text.words) - len(wanted) + 1):
        if text.words[first : first + len(wanted)] == wanted:
            return Structure.of(text).denied(first, first + len(wanted) - 1)
    raise AssertionError(f"{words!r} not in {answer!r}")


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        # a "nor" goes on with the "neither", and its verb is the one it stands on
        (
            "Checkpointing neither drops activations nor recomputes them in the backward pass.",
            "backward pass",
        ),
        ("Checkpointing neither drops activations nor recomputes them.", "recomputes them"),
        # a later item with its own verb after "or"
        (
            "LoRA does not freeze the pretrained weights or add low-rank matrices.",
            "low rank matrices",
        ),
        ("GRPO does not sample a group of answers or compare their rewards.", "their rewards"),
        # an item inside a comma list whose last item follows "or"
        ("It is done without preference rankings, a reward model or PPO.", "reward model"),
        # the object of "the verb + neither"
        (
            "The cache stores neither the keys nor the values.",
            "stores neither the keys nor the values",
        ),
        # the "of" complement of the negated verb's object
        ("GRPO does not sample a group of answers per prompt.", "answers per prompt"),
    ],
)
def test_every_item_is_denied(answer: str, words: str) -> None:
    assert _denied(answer, words)


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        # read as before: the list ends before the claim; a new clause; a degree
        ("It is done without preference rankings, and a reward model scores it.", "reward model"),
        ("It does not freeze the weights, so it can add low-rank matrices.", "low rank matrices"),
        ("The cache stores the keys, and neither is recomputed.", "stores the keys"),
        ("It does not always sample a group of answers or compare rewards.", "compare rewards"),
        ("It does not freeze the weights but adds low-rank matrices.", "low rank matrices"),
        # a purpose set aside, often of another subject (train d1216, reference mode)
        ("Pretraining teaches it to predict text, not to be helpful, honest or safe.", "honest"),
    ],
)
def test_what_is_not_in_the_list_is_read_as_before(answer: str, words: str) -> None:
    assert not _denied(answer, words)


def _statuses(concept: Concept, answer: str) -> list[str]:
    subjects = prepare_subjects([concept], asked=frozenset())
    phrases = [p for a in concept.phrases if (p := make_phrase(a)) is not None]
    prepared = [prepare_concept(concept, phrases, subjects)]
    return [f.status for f in find_concepts(prepared, subjects, Answer.of(Text.of(answer)))]


def test_a_concept_named_as_a_lack_is_said_by_its_aliases_denied() -> None:
    """A concept named "not ..." (what a benchmark does not test) is said when a denial reaches
    its alias, as the later item of a list now is (fresh-dev f0264)."""
    lack = Concept("not open-ended use", 3, ("instruction following",))
    said = "It says nothing about writing, instruction following or safety."
    assert _statuses(lack, said) == ["credited"]
    # a concept named otherwise is denied there, every item of the list reached
    plain = Concept("instruction following", 3, ("instruction following",))
    assert _statuses(plain, said) == ["denied"]
