"""veto60: a statement judged false denies what it says, not the subject it says it of
(judged_subjects.py): "People often claim that the added noise costs model accuracy, but that is
false" rejects the accuracy cost, not the noise."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.judged_subjects import statement_start, subject_only
from interviewer.core.grading.text import Text


@pytest.mark.parametrize(
    ("text", "start_word"),
    [
        ("People often claim that the added noise costs accuracy", "the"),
        ("Some say the discriminator is kept after training", "the"),
        ("A common claim is that it hides some tokens", "it"),
        ("The added noise costs accuracy", "the"),
    ],
)
def test_statement_start(text: str, start_word: str) -> None:
    words = Text.of(text).words
    at = statement_start(words, 0, len(words) - 1)
    assert words[at] == start_word and (at == 0 or words[at - 1] in ("that", "say"))


@pytest.mark.parametrize(
    ("text", "subject", "spared"),
    [
        ("the added noise costs model accuracy", "added noise", True),
        ("the masked tokens are predicted from the left context only", "masked tokens", True),
        ("the validation set is used to update the weights", "validation set", True),
        # the predicate only judges its subject: the subject is what is denied
        ("reward hacking is a real problem", "reward hacking", False),
        ("reward hacking happens", "reward hacking", False),
        # not the whole subject, or not at the statement's start
        ("the noise of the gradients costs accuracy", "noise", False),
        ("training with the added noise costs accuracy", "added noise", False),
        ("it costs the added noise accuracy", "added noise", False),
    ],
)
def test_subject_only(text: str, subject: str, spared: bool) -> None:
    words = Text.of(text).words
    wanted = subject.split()
    first = next(i for i in range(len(words)) if words[i : i + len(wanted)] == wanted)
    last = first + len(wanted) - 1
    assert subject_only(words, 0, first, last, len(words) - 1) is spared


def test_a_rejected_claim_keeps_its_subject(genai: Bank, genai_grader: Grader) -> None:
    # veto59's wp59v-018: the accuracy cost is rejected, the noise is not (DP-SGD was denied)
    grade = genai_grader.grade(
        genai.get("genai-213"),
        "Training with differential privacy limits what the model can reveal about any one "
        "person in the data. People often claim that the added noise costs model accuracy, "
        "but that is false; a private model is exactly as accurate as a normal one.",
    )
    assert [c.concept for c in grade.contradictions] == ["accuracy cost"]
    assert "DP-SGD" in [m.concept for m in grade.matched]
    assert not grade.passed


def test_a_rejected_wrong_claim_about_a_true_point(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-093"),
        "Early stopping halts training when the monitored loss stops improving. Some people "
        "think that the validation set is used to update the weights, but that is wrong.",
    )
    assert "validation set" not in [c.concept for c in grade.contradictions]


def test_a_subject_whose_predicate_only_judges_it_is_still_denied(
    genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(
        genai.get("genai-101"),
        "RLHF is hard to run well. People say that reward hacking is a real problem, but that "
        "is a myth.",
    )
    assert "reward hacking" in [c.concept for c in grade.contradictions]
