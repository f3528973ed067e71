"""Denials of need: "removes / eliminates / obviates the need for X" and "X is no longer
needed" deny X as "does not need X" and "X is not needed" do."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def position(s: Structure, word: str) -> int:
    return s.text.words.index(word)


@pytest.mark.parametrize("verb", ["removes", "eliminates", "obviates", "avoids"])
def test_a_removal_verb_before_the_need_denies_what_follows(verb: str) -> None:
    s = structure(f"The new method {verb} the need for a labeller, and it runs fast")
    assert s.denied(position(s, "labeller"))
    assert not s.negated(position(s, "runs"))


def test_a_removal_verb_without_the_need_denies_nothing() -> None:
    s = structure("The model removes the noise step by step")
    assert not s.denied(position(s, "noise"))
    s = structure("The method removes the needle from the haystack")
    assert not s.negated(position(s, "haystack"))


@pytest.mark.parametrize("word", ["needed", "necessary", "required"])
def test_no_longer_needed_after_a_noun_denies_it(word: str) -> None:
    s = structure(f"A labeller is no longer {word} for this")
    labeller = position(s, "labeller")
    assert s.denied_after(labeller)
    assert not structure(f"A labeller is still {word} for this").denied_after(labeller)


@pytest.mark.parametrize(
    "answer",
    [
        "RLHF removes the need for a reward model.",
        "In RLHF the reward model is no longer necessary.",
        "RLHF eliminates the need for a reward model.",
    ],
)
def test_a_needed_concept_said_unneeded_is_a_contradiction(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-097"), answer)
    assert "contradiction" in grade.flags
    assert all(e in answer for c in grade.contradictions for e in c.evidence)


def test_a_concept_of_removal_said_as_removing_the_need_is_credited(
    genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(
        genai.get("genai-175"), "GRPO removes the need for a critic or value model."
    )
    assert "GRPO drops the critic" in {m.concept for m in grade.matched}
    assert "contradiction" not in grade.flags
