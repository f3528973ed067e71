"""A subject's name measured by a comparative of amount ("shorter prompts", "more prompting")
is an amount of the thing, not the doer a later pronoun stands for (subjects/amounts.py).
Found when a correct fine-tuning answer ("That gives ... and shorter prompts at inference, but
it needs good labeled data") was told it said "needs labeled data" of prompt engineering."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects import Mentions, prepare_subjects
from interviewer.core.grading.subjects.amounts import COMPARATIVES
from interviewer.core.grading.text import Text

NEEDS = "needs dataset and compute"


@pytest.mark.parametrize("amount", ["fewer prompts per call", "shorter prompts at inference"])
def test_an_amount_of_the_other_subject_is_no_antecedent(
    amount: str, genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "Fine-tuning trains the model on task examples. That gives steadier output formats "
        f"and {amount}, but it needs labeled data and compute."
    )
    grade = genai_grader.grade(genai.get("genai-084"), answer)
    assert NEEDS not in {c.concept for c in grade.contradictions}


@pytest.mark.parametrize(
    "answer",
    [
        # the other subject as the doer of its own clause: "it" stands for it
        "Fine-tuning updates the weights. Prompting only changes the input, but it needs "
        "labeled data and compute.",
        # named with no comparative of amount: still read as a name
        "Fine-tuning trains the model on task examples. That gives steadier formats and "
        "prompts at inference, but it needs labeled data and compute.",
    ],
)
def test_a_plain_name_still_carries_the_pronoun(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-084"), answer)
    found = [c for c in grade.contradictions if c.concept == NEEDS]
    assert found and "said of prompt engineering" in found[0].detail


@settings(max_examples=200, deadline=None)
@given(
    amount=st.sampled_from(sorted(COMPARATIVES)),
    filler=st.lists(st.sampled_from("steady output formats better style".split()), max_size=4),
)
def test_the_pronoun_goes_back_to_the_named_doer(
    amount: str, filler: list[str], genai: Bank
) -> None:
    subjects = prepare_subjects(genai.get("genai-084").concepts)
    tuning = next(i for i, s in enumerate(subjects) if s.key == "fine-tuning")
    text = (
        f"Fine-tuning trains on examples. That gives {' '.join(filler)} and {amount} "
        "prompting, but it needs labeled data."
    )
    answer = Answer.of(Text.of(text))
    mentions = Mentions.of(subjects, answer)
    at = answer.text.words.index("needs")
    assert mentions.claimant(answer, at, at + 2) == tuning
