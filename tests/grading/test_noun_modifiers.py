"""read62: a wrong claim's last noun, or a denied concept's word, found as the modifier of a
compound that names an activity ("instruction tuning") is not the claim's or the concept's
thing (noun_modifiers.py, read by claims/stated.py and concepts/find.py; issue 8, stop 51).

Found by review61 (genai-052) and on a blind correct answer (correct_probes62ra cp62r-001).
Each CORRECT case is flagged on 8da74375; the WRONG cases, the claim's noun said alone, stay
caught.
"""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.noun_modifiers import heads_a_compound
from interviewer.core.grading.text import Text

CORRECT = [
    ("genai-052", "Without any instruction tuning, base models are weak zero-shot learners."),
    (
        "genai-052",
        "Zero-shot prompting gives only an instruction and no examples; without instruction "
        "tuning, base models often ignore it.",
    ),
]

WRONG = [
    ("genai-052", "Zero-shot prompting works without any instruction."),
    ("genai-052", "Zero-shot prompting works without any instruction at all."),
    ("genai-052", "The model answers without any instruction, just the input text."),
    ("genai-052", "Zero-shot means no instructions are given to the model."),
    ("genai-057", "Prompt injection is just another name for jailbreaking attacks."),
    # devset d0283 (train, wrong): its denial of recomputing must stay read
    (
        "genai-049",
        "It speeds up training by caching every activation and intermediate gradient at "
        "checkpoints so the backward pass never has to recompute anything. The downside is "
        "memory: it roughly doubles activation memory, so you use it when you have spare GPU "
        "memory and want faster step times.",
    ),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_modifier_of_a_compound_is_not_the_claim(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_no_wrong_claim(grade)


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_claim_noun_said_alone_is_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(
    ("sentence", "word", "heads"),
    [
        ("without any instruction tuning the model", "instruction", True),
        ("no reward model training", "model", True),
        ("preference data collection", "data", True),
        ("without any instruction-tuning", "instruction", True),
        ("without any instruction, tuning the model", "instruction", False),
        ("without any instruction at all", "instruction", False),
        ("another name for jailbreaking attacks", "jailbreaking", False),
        ("no instructions tuning", "instructions", False),
        ("without any instruction", "instruction", False),
        ("it never has to recompute anything", "recompute", False),
    ],
)
def test_heads_a_compound(sentence: str, word: str, heads: bool) -> None:
    answer = Answer.of(Text.of(sentence))
    position = answer.text.words.index(word)
    assert heads_a_compound(answer, [position]) is heads
