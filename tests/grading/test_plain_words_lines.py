"""A plain wording that a rubric's wrong-claim line says is not read as the key's term
(plain_words.PlainWords.of's `claim_lines`, lines67): "DALL-E answers questions about images."
had been read as "DALL-E visual question answering" and the line that says it word for word
was not found; a true sentence in the same words stays unflagged."""

from __future__ import annotations

from functools import cache

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text
from interviewer.resources import bundled_banks_dir


@cache
def _grader() -> tuple[Bank, Grader]:
    bank = load_bank(bundled_banks_dir() / "genai.yaml")
    return bank, Grader(bank)


def _wrong(qid: str, answer: str) -> bool:
    bank, grader = _grader()
    grade = grader.grade(bank.get(qid), answer)
    return bool(grade.contradictions or grade.misconceptions)


@pytest.mark.parametrize(
    "answer",
    [
        "DALL-E answers questions about images.",
        "DALL-E describes images.",
        "Flamingo maps speech to text.",
    ],
)
def test_a_line_in_a_plain_wording_is_found(answer: str) -> None:
    assert _wrong("genai-127", answer)


def test_a_true_sentence_in_the_same_words_is_not_flagged() -> None:
    assert not _wrong("genai-127", "LLaVA answers questions about images.")


def test_a_wording_a_claim_line_says_is_kept_as_written() -> None:
    key = ["Visual question answering systems such as LLaVA reply about a picture."]
    answer = Text.of("It answers questions about images.")
    read = PlainWords.of("What is multimodal AI?", key).read(answer)
    assert "visual" in read.words
    kept = PlainWords.of(
        "What is multimodal AI?", key, claim_lines=["DALL-E answers questions about images"]
    ).read(answer)
    assert kept.words == answer.words
