"""The reach of a denial over a coordinated list (denied_lists.py, deny50): every item of "does
not A or B", "neither A nor B", "without A, B or C" is denied, not the first only."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
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
    ],
)
def test_what_is_not_in_the_list_is_read_as_before(answer: str, words: str) -> None:
    assert not _denied(answer, words)
