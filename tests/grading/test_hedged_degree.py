"""logic64: an absolute claim ("no accuracy cost", "the same accuracy") said with "almost" or
"nearly" right before its absolute word is not the claim, and "almost no X" does not deny X
(hedged_degree.py). Found by review62 (genai-213, genai-119) and on the blind correct probes
correct_probes64la (cp64l-001, 003). Each CORRECT case is flagged on the base (4d86fa3a); the
WRONG cases (the bare absolute) are caught on the base and must stay caught."""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.hedged_degree import (
    hedged_negation,
    in_a_stated_case,
    said_in_hedged_degree,
)
from interviewer.core.grading.matching import Answer, make_phrase
from interviewer.core.grading.text import Text

CORRECT = [
    (
        "genai-213",
        "With a large pretrained model and a large epsilon, there is almost no accuracy cost.",
    ),
    ("genai-119", "8-bit quantization keeps nearly the same accuracy, but 4-bit needs evaluation."),
    ("genai-119", "Quantization to 8 bits keeps almost the same accuracy while halving memory."),
]

WRONG = [
    ("genai-213", "Differential privacy has no accuracy cost at all."),
    ("genai-213", "There is no accuracy cost: the private model is exactly as accurate."),
    ("genai-119", "Quantization keeps the same accuracy, so it is always free."),
    ("genai-119", "In model serving, quantization is lossless."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_hedged_absolute_is_not_flagged(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_no_wrong_claim(grade)


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_bare_absolute_is_caught(qid: str, answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(
    ("text", "n", "hedged"),
    [
        ("there is almost no cost", 3, True),
        ("it nearly never fails", 2, True),
        ("there is no cost", 2, False),
        ("almost every model has no cost", 4, False),  # the hedge is on "every"
        ("it is almost not lossy", 3, False),  # "not" takes no hedge
    ],
)
def test_hedged_negation(text: str, n: int, hedged: bool) -> None:
    assert hedged_negation(Text.of(text).words, n) is hedged


@pytest.mark.parametrize(
    ("line", "text", "positions", "hedged"),
    [
        ("keeps the same accuracy", "it keeps nearly the same accuracy", [1, 4, 5], True),
        ("keeps the same accuracy", "it keeps the same accuracy", [1, 3, 4], False),
        ("is lossless", "it is almost lossless", [1, 3], True),
        ("always adds latency", "it almost always adds latency", [2, 3, 4], False),  # totality
        # a line that hedges itself is matched as it stands
        ("keeps almost the same accuracy", "it keeps almost the same accuracy", [1, 4, 5], False),
    ],
)
def test_said_in_hedged_degree(line: str, text: str, positions: list[int], hedged: bool) -> None:
    phrase = make_phrase(line)
    assert phrase is not None
    answer = Answer.of(Text.of(text))
    assert said_in_hedged_degree(phrase, answer, positions) is hedged


# review64's sentences (fix64): a bare hedged wrong claim, with no case named in its sentence,
# is as wrong as the absolute where the truth is far from it; each passed unflagged at logic64
@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-203", "There is almost no extra cost for more agents."),
        ("genai-157", "A summary loses almost no information."),
        ("genai-187", "Forward and reverse KL give nearly the same result."),
    ],
)
def test_hedge_with_no_stated_case_is_still_flagged(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(
    ("text", "p", "stated"),
    [
        ("with a large epsilon there is almost no cost", 6, True),
        ("8-bit quantization keeps nearly the same accuracy", 4, True),
        ("at moderate epsilon it shows nearly no drop", 5, True),
        ("it shows nearly no drop at moderate epsilon", 3, False),  # "at" after the hedge
        ("there is almost no cost with a large epsilon", 3, False),  # "with" after the hedge
        ("a summary loses almost no information", 4, False),
        ("at all there is almost no cost", 5, False),  # "at all"
    ],
)
def test_in_a_stated_case(text: str, p: int, stated: bool) -> None:
    t = Text.of(text)
    assert in_a_stated_case(t.words, Answer.of(t).structure.sentences, p) is stated
