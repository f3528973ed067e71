"""Swapped roles and "X instead of Y": what follows "instead of" / "rather than" is set aside
(neither credited nor held against the candidate), and a concept said in the negative by its
own alias ("skips the reward model", "no separate reward model") is still a claim about the
subject that says it, so "PPO skips the reward model" is a swap of DPO's role (instead32)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text

QID = "genai-150"  # DPO vs PPO-based RLHF: the concepts `about` DPO


def _swaps(genai, grader, answer: str) -> list[str]:
    grade = grader.grade(genai.get(QID), answer)
    return [c.concept for c in grade.contradictions if c.detail.startswith("said of")]


def _found(genai, grader, answer: str) -> bool:
    grade = grader.grade(genai.get(QID), answer)
    return bool(grade.contradictions or grade.misconceptions)


def test_what_follows_instead_of_is_set_aside():
    text = "DPO trains on preference pairs instead of fitting a reward model first."
    structure = Structure.of(Text.of(text))
    words = structure.text.words
    assert structure.dismissed([words.index("reward")])
    assert not structure.dismissed([words.index("preference")])


def _without(text: str, word: str) -> bool:
    structure = Structure.of(Text.of(text))
    return structure.done_without(structure.text.words.index(word))


def test_the_noun_phrase_after_instead_of_is_done_without():
    assert _without("RLHF trains on pairs directly instead of a reward model.", "model")
    assert _without("It ranks the documents rather than the raw chunks.", "chunks")
    # an act set aside, a phrase opening its own clause, a name then its verb: not read so
    assert not _without("It trains on pairs instead of training a reward model.", "model")
    assert not _without("Instead of a reward model, RLHF trains on pairs.", "model")
    assert not _without("PPO rather than DPO skips the reward model.", "model")
    assert not _without("It trains on pairs instead of a model, and a reward model.", "reward")


NOUNS = ["reward", "value", "critic", "policy", "dataset", "table", "index", "cache"]


@given(st.lists(st.sampled_from(NOUNS), min_size=1, max_size=3), st.sampled_from(NOUNS))
def test_property_instead_of_reads_only_a_noun_phrase(nouns: list[str], head: str):
    phrase = " ".join([*nouns, head])
    assert _without(f"The method learns directly instead of a {phrase}.", head)
    assert not _without(f"Instead of a {phrase}, the method learns directly.", head)
    assert not _without(f"The method learns directly instead of using a {phrase}.", head)


SWAPS = [
    "PPO skips the reward model and trains on preference pairs.",
    "RLHF skips the reward model and trains on preference pairs directly instead of running an "
    "RL loop.",
    "PPO has no separate reward model; it trains on preference pairs instead of sampling.",
    "Instead of a reward model, PPO uses the policy itself as the implicit reward.",
    "RLHF uses plain supervised training on chosen and rejected answers instead of "
    "reinforcement learning.",
    "DPO samples new responses during training instead of using a fixed dataset.",
    # the noun phrase right after "instead of": the subject does without it
    "RLHF trains on preference pairs directly instead of a reward model.",
]


@pytest.mark.parametrize("answer", SWAPS)
def test_a_swapped_role_is_caught(genai, genai_grader, answer):
    assert _found(genai, genai_grader, answer)


@pytest.mark.parametrize(
    "answer",
    [
        # no concept of the preference data is `about` one subject: nothing to swap
        "PPO-based RLHF optimises the policy directly on preference pairs instead of training "
        "a reward model.",
        # "rather than" sets aside the whole rest of its clause, the verb phrase with the name
        "PPO rather than DPO skips the reward model and trains on preference pairs.",
    ],
)
@pytest.mark.xfail(strict=True, reason="known misses: see the comment on each")
def test_swaps_still_missed(genai, genai_grader, answer):
    assert _found(genai, genai_grader, answer)


CONTROLS = [
    "DPO optimises the policy directly on preference pairs instead of training a reward model.",
    "DPO skips the reward model and trains on preference pairs instead of running PPO.",
    "Instead of a separate reward model, DPO expresses the reward implicitly through the policy.",
    "DPO uses plain supervised training on chosen and rejected answers rather than "
    "reinforcement learning with PPO.",
    "Instead of PPO with a trained reward model and online sampling, DPO trains offline on a "
    "fixed set of pairs.",
    "DPO, rather than PPO-based RLHF, skips the reward model; PPO first trains a reward model "
    "and samples new responses during training.",
    "DPO trains on a fixed dataset instead of sampling new responses during training like PPO.",
    "Rather than fitting a reward model first as RLHF does, DPO uses a classification loss on "
    "preference pairs against a frozen reference model.",
    "DPO trains on preference pairs directly instead of a reward model.",
    "PPO trains the policy against a reward model instead of a fixed dataset.",
]


@pytest.mark.parametrize("answer", CONTROLS)
def test_a_correct_contrast_with_instead_of_is_not_flagged(genai, genai_grader, answer):
    assert not _found(genai, genai_grader, answer)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["PPO", "RLHF", "PPO-based RLHF"]),
    st.sampled_from(["skips the reward model", "has no separate reward model"]),
    st.sampled_from(["", " instead of training one", " rather than a trained one"]),
)
def test_property_a_negative_alias_is_said_of_its_subject(genai, genai_grader, who, says, tail):
    assert _swaps(genai, genai_grader, f"{who} {says}{tail}.") == ["implicit reward"]
    assert _swaps(genai, genai_grader, f"DPO {says}{tail}.") == []
