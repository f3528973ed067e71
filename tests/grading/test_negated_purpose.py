"""logic64: a negation in a "so that" clause whose verb is a harm ("so that it does not exploit
the reward model's errors") names the harm guarded against and denies nothing
(negated_purpose.py). Found by read62 (cp62r-006, genai-100). The CORRECT case is flagged on the
base (4d86fa3a); the WRONG cases (a plain denial, a "so that" claim) are caught on the base and
must stay caught."""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.negated_purpose import harm_avoided
from interviewer.core.grading.text import Text

CORRECT = [
    (
        "genai-100",
        "The policy is optimised with PPO with a KL penalty so that it does not exploit the "
        "reward model's errors.",
    ),
]

WRONG = [
    ("genai-100", "The policy does not exploit the reward model, so reward hacking cannot happen."),
    ("genai-100", "Reward hacking never happens in RLHF."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_negated_purpose_is_not_a_denial(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_no_wrong_claim(grade)


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_plain_denial_is_caught(qid: str, answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(
    ("text", "avoided"),
    [
        ("so that it does not exploit the errors", True),
        ("so that it doesn't exploit the errors", True),
        ("so that the policy will not drift", True),
        ("so that it cannot leak data", True),
        ("so that it does not need tools", False),  # no harm verb
        ("so that the backward pass never has to recompute", False),
        ("the policy does not exploit the errors", False),  # no "so that"
    ],
)
def test_harm_avoided(text: str, avoided: bool) -> None:
    words = Text.of(text).words
    n = next(i for i, w in enumerate(words) if w in ("not", "doesn't", "cannot", "never"))
    assert harm_avoided(words, n) is avoided
