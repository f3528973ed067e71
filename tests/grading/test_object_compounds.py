"""lead68: a wrong claim's subject found as the modifier of a compound that is another verb's
or a preposition's object is not the claim's subject (object_compounds.py, read by
claims/stated.py; issue 8, stop 56).

Found on lead68's blind control cp68da-002 (genai-044, 11.3 `missing` for a correct answer).
Each CORRECT case is flagged 'encoder is masked' on bccae637; the WRONG cases stay caught.
"""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer, Phrase
from interviewer.core.grading.object_compounds import subject_in_an_object
from interviewer.core.grading.text import Text

CORRECT = [
    (
        "genai-044",
        "The encoder reads the whole input with bidirectional self-attention. The decoder adds "
        "cross-attention to the encoder output and masks its self-attention, so a position never "
        "attends to future tokens.",
    ),
    ("genai-044", "The decoder attends to the encoder output and masks future tokens."),
    ("genai-044", "The decoder reads the encoder states and is masked."),
]

WRONG = [
    ("genai-044", "The encoder layers are masked, and the decoder sees everything."),
    ("genai-044", "The encoder is masked so it cannot see future tokens."),
    ("genai-044", "Unlike the decoder, the encoder uses a causal mask."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_subject_inside_an_object_is_not_the_claim(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    assert_no_wrong_claim(genai_grader.grade(genai.get(qid), answer))


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_claim_of_its_own_subject_is_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    assert_wrong_claim_caught(genai_grader.grade(genai.get(qid), answer))


def _phrase(text: str) -> Phrase:
    words = Text.of(text)
    return Phrase(text, tuple((w, s, False) for w, s in zip(words.words, words.stems, strict=True)))


@pytest.mark.parametrize(
    ("sentence", "claim", "found", "inside"),
    [
        (
            "the decoder attends to the encoder output and masks",
            "encoder masks",
            ("encoder", "masks"),
            True,
        ),
        (
            "the decoder reads the encoder states and is masked",
            "encoder masked",
            ("encoder", "masked"),
            True,
        ),
        ("attention over encoder layers and masks", "encoder masks", ("encoder", "masks"), True),
        ("the encoder layers are masked", "encoder masked", ("encoder", "masked"), False),
        (
            "in the encoder layers attention is masked",
            "encoder masked",
            ("encoder", "masked"),
            False,
        ),
        (
            "the attention of the encoder layers is masked",
            "encoder masked",
            ("encoder", "masked"),
            False,
        ),
        ("attends to the encoder, which is masked", "encoder masked", ("encoder", "masked"), False),
        (
            "the decoder attends to the encoder and masks",
            "encoder masks",
            ("encoder", "masks"),
            False,
        ),
    ],
)
def test_subject_in_an_object(
    sentence: str, claim: str, found: tuple[str, str], inside: bool
) -> None:
    answer = Answer.of(Text.of(sentence))
    words = answer.text.words
    positions = [words.index(found[0]), words.index(found[1])]
    assert subject_in_an_object(_phrase(claim), answer, positions) is inside
