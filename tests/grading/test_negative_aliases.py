"""An alias says its claim in the negative only with "no"/"not" or a removal verb that takes
an object (negative_aliases.py): "drops with length" says that accuracy falls, and was read
as a removal, which made "how long-context accuracy drops with length" a swap in a concise
correct answer of the bank (genai-192, instead33)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.matching import make_phrase
from interviewer.core.grading.negative_aliases import removes_something, says_no


@pytest.mark.parametrize(
    "alias",
    [
        "skips the reward model",
        "skip the reward model step",
        "drops the critic",
        "removes weights",
        "skips RL",
        "avoid the RL loop",
        "dropping layers",
        "removes any clipping",
        "dispenses with the reward model",
    ],
)
def test_a_removal_verb_with_an_object_says_no(alias):
    assert removes_something(alias)


@pytest.mark.parametrize(
    "alias",
    [
        "drops with length",
        "accuracy drops",
        "loss drops smoothly",
        "performance slowly drops",
        "drops on reworded questions",
        "skip connections",  # a compound noun as readily as a verb
        "slight quality drop",
        "bypass",
        "trains a reward model",
    ],
)
def test_a_removal_word_without_an_object_says_nothing_negative(alias):
    assert not removes_something(alias)


def _says_no(alias: str) -> bool:
    phrase = make_phrase(alias)
    assert phrase is not None
    return says_no(phrase)


def test_a_negative_alias_says_no():
    assert _says_no("no separate reward model")
    assert _says_no("skips the reward model")
    assert not _says_no("drops with length")
    assert not _says_no("reward is implicit in the policy")


VERBS = ["skips", "removes", "drops", "eliminates", "bypasses", "avoids", "replaces"]
PREPOSITIONS = ["with", "on", "in", "during", "after", "over"]
NOUNS = ["length", "the reward model", "noise", "layers", "training"]


@given(st.sampled_from(VERBS), st.sampled_from(PREPOSITIONS), st.sampled_from(NOUNS))
def test_property_a_removal_verb_before_a_preposition_takes_no_object(verb, prep, noun):
    assert not removes_something(f"accuracy {verb} {prep} {noun}")
    assert removes_something(f"it {verb} {noun}")
    assert removes_something(f"{verb} the {noun.removeprefix('the ')}")
