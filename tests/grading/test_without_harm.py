"""logic64: a sentence that opens "Without X," and says a harm after the comma affirms X's role
and does not deny X (without_harm.py). Found by review62 at base (genai-119, genai-069) and on
the blind correct probes correct_probes64la (cp64l-003). Each CORRECT case is flagged on the
base (4d86fa3a); the WRONG cases (a "without" that denies) are caught on the base and must stay
caught."""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text
from interviewer.core.grading.without_harm import counterfactual_without

CORRECT = [
    (
        "genai-119",
        "Without KV cache management, memory fragments and fewer requests fit on the GPU.",
    ),
    (
        "genai-069",
        "Without skip connections, the decoder is unable to recover fine detail lost in "
        "downsampling.",
    ),
]

WRONG = [
    (
        "genai-069",
        "The U-Net has no skip connections; the decoder works from the bottleneck alone.",
    ),
    ("genai-069", "Without skip connections, the decoder upsamples the bottleneck directly."),
    ("genai-069", "The U-Net works without skip connections, so the decoder cannot use them."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_without_and_a_harm_is_not_a_denial(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_no_wrong_claim(grade)


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_denying_without_is_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(
    ("text", "counterfactual"),
    [
        ("Without the cache, every token is slower.", True),
        ("But without it, the policy drifts.", True),
        ("Without labels, the model learns from raw text.", False),  # no harm
        ("Without a reward model, DPO needs no RL loop and less memory.", False),  # a gain
        ("DPO trains without a reward model, so it cannot hack it.", False),  # not opening
        ("Without labels the model cannot learn.", False),  # no comma
    ],
)
def test_counterfactual_without(text: str, counterfactual: bool) -> None:
    t = Text.of(text)
    structure = Structure.of(t)
    n = t.words.index("without")
    assert counterfactual_without(t, structure.sentences, n) is counterfactual


# fix64, after review64: a main clause opening with a method's name says what the method needs
# (genai-175: GRPO computes its advantage from the group, with no value model); 39.1 at logic64
def test_without_and_a_method_that_cannot_is_still_flagged(
    genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(
        genai.get("genai-175"), "Without a value model, GRPO cannot compute advantages."
    )
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed


@pytest.mark.parametrize(
    ("text", "counterfactual"),
    [
        ("Without a value model, GRPO cannot compute advantages.", False),
        ("Without a critic, the policy cannot compute advantages.", True),
    ],
)
def test_a_method_named_after_the_comma(text: str, counterfactual: bool) -> None:
    t = Text.of(text)
    structure = Structure.of(t)
    n = t.words.index("without")
    assert counterfactual_without(t, structure.sentences, n) is counterfactual
