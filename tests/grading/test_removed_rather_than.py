"""After a removal verb, what "rather than" or "instead of" sets aside is what is kept:
"removes the tokenizer rather than the vocabulary" says nothing is done without the vocabulary
(clauses.Structure.negative_context and done_without, wrong35)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denial_words import REMOVALS
from interviewer.core.grading.text import Text


def said_without(text: str, word: str) -> bool:
    s = Structure.of(Text.of(text))
    at = s.text.words.index(word)
    return s.negative_context(at) or s.done_without(at)


@pytest.mark.parametrize(
    "text",
    [
        "The method removes the tokenizer rather than the vocabulary",
        "The method drops the tokenizer instead of the vocabulary",
        "It works by eliminating the tokenizer rather than the vocabulary",
    ],
)
def test_what_a_removal_sets_aside_is_kept(text: str) -> None:
    assert not said_without(text, "vocabulary")
    assert said_without(text, "tokenizer")


@pytest.mark.parametrize(
    "text",
    [
        "The method uses bytes directly instead of a vocabulary",
        "The method reads raw bytes rather than a vocabulary",
        "The method removes the vocabulary",
        "The method does not need a vocabulary",
    ],
)
def test_what_is_replaced_or_removed_is_still_done_without(text: str) -> None:
    assert said_without(text, "vocabulary")


@given(
    verb=st.sampled_from(sorted(w for w in REMOVALS if "_" not in w)),
    keeping=st.sampled_from(["rather than", "instead of"]),
)
def test_any_removal_verb_keeps_what_it_sets_aside(verb: str, keeping: str) -> None:
    text = f"The new method {verb} the tokenizer {keeping} the vocabulary"
    assert not said_without(text, "vocabulary")


def test_removing_one_thing_rather_than_the_critic_does_not_credit_no_critic(
    genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-175")
    kept = "GRPO differs from PPO by removing the reward model rather than the critic."
    assert "GRPO drops the critic" not in {
        m.concept for m in genai_grader.grade(question, kept).matched
    }
    dropped = "GRPO differs from PPO by removing the critic rather than the reward model."
    assert "GRPO drops the critic" in {
        m.concept for m in genai_grader.grade(question, dropped).matched
    }
