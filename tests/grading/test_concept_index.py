"""The rubric's concepts' whole-word phrases indexed by one word each (PreparedQuestion's
concept_index): find_concepts finds the same with the index as without it, and the index leaves
out only phrases a word of which the answer lacks."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.concepts import find_concepts
from interviewer.core.grading.matching import word_missing

DPO_PPO = Question(
    id="t-idx",
    prompt="How do DPO and PPO differ in RLHF?",
    reference_answers=(
        "PPO trains a separate reward model and optimises the policy against it with a KL "
        "penalty; DPO needs no reward model and learns directly from preference pairs.",
    ),
    concepts=(
        Concept(
            "no reward model",
            3,
            ("no reward model", "without a reward model"),
            about=("DPO",),
            contradicts=("DPO trains a reward model", "DPO needs a reward model"),
        ),
        Concept(
            "preference pairs",
            2,
            ("preference pairs", "chosen and rejected answers"),
            about=("DPO",),
            contradicts=("DPO uses reinforcement learning",),
        ),
        Concept(
            "KL penalty",
            2,
            ("KL penalty", "stays close to the reference model"),
            description="PPO keeps the policy close to the reference with a KL penalty.",
            about=("PPO",),
            contradicts=("PPO has no KL penalty",),
        ),
    ),
)

ANSWERS = (
    "DPO learns from preference pairs without a reward model, while PPO uses a KL penalty.",
    "DPO trains a reward model first. It uses reinforcement learning like PPO.",
    "PPO has no KL penalty and DPO needs a reward model.",
    "DPO skips the reward modle and learns from chosen and rejected answers.",
    "Both are ways to align a model with human feedback.",
    "",
)


@pytest.mark.parametrize("answer", ANSWERS)
def test_the_concepts_are_found_the_same_with_the_index_as_without(answer):
    grader = Grader(Bank("idx", "Index", "1", (DPO_PPO,)))
    flags: list[str] = []
    read = grader._parsed(DPO_PPO, answer, flags)
    if not isinstance(read, tuple):
        return  # an empty answer is graded before any concept is looked for
    prepared, parsed = read
    concepts = prepared.concepts[0]
    indexed = find_concepts(concepts, prepared.subjects, parsed, None, prepared.concept_index)
    assert indexed == find_concepts(concepts, prepared.subjects, parsed, None)


@pytest.mark.parametrize("answer", ANSWERS[:5])
def test_the_index_leaves_out_only_phrases_with_a_word_the_answer_lacks(answer):
    grader = Grader(Bank("idx", "Index", "1", (DPO_PPO,)))
    prepared, parsed = grader._parsed(DPO_PPO, answer, [])
    concepts = prepared.concepts[0]
    wanted = set(prepared.concept_index.candidates(parsed))
    for g, concept in enumerate(concepts):
        assert concept.whole_words  # its contradicts at least
        for k, phrase in enumerate(concept.whole_words):
            if (g, k) not in wanted:
                assert word_missing(phrase, parsed)


def test_a_wrong_claim_of_my_own_is_still_found_through_the_index():
    grader = Grader(Bank("idx", "Index", "1", (DPO_PPO,)))
    grade = grader.grade(DPO_PPO, "DPO trains a reward model and then runs PPO on it.")
    assert [c.evidence for c in grade.contradictions] == [("DPO trains a reward model",)]
