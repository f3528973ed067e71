"""A wrong-claim line of two clauses ("diffusion won because it is faster") is found across the
answer's clause break where the answer opens its clause with the line's own opener
(matching/own_openers.py, lines68); another opener, another segment, or a break the line does
not write keeps the words apart, and a denial of the claim is still no claim."""

from __future__ import annotations

from functools import cache

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer, Phrase, make_phrase, match_statement
from interviewer.core.grading.text import Text
from interviewer.core.grading.typos import FuzzyWords
from interviewer.resources import bundled_banks_dir


@cache
def _grader() -> tuple[Bank, Grader]:
    bank = load_bank(bundled_banks_dir() / "genai.yaml")
    return bank, Grader(bank)


def _wrong(qid: str, answer: str) -> bool:
    bank, grader = _grader()
    grade = grader.grade(bank.get(qid), answer)
    return bool(grade.contradictions or grade.misconceptions)


def _answer(text: str, phrase: Phrase) -> Answer:
    parsed = Text.of(text)
    answer = Answer.of(parsed, frozenset(parsed.stems))
    answer.look_up(FuzzyWords.of((w, s) for w, s, fuzzy in phrase.tokens if fuzzy))
    return answer


def _found(line: str, text: str) -> bool:
    phrase = make_phrase(line)
    assert phrase is not None
    return match_statement(phrase, _answer(text, phrase), unit="clause") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Diffusion won because it is faster.",
        "Diffusion won because it is much faster.",
    ],
)
def test_a_line_of_two_clauses_is_found_at_its_own_opener(text: str) -> None:
    assert _found("diffusion won because it is faster", text)


@pytest.mark.parametrize(
    "text",
    [
        "Diffusion won, so it is faster.",  # another opener
        "Diffusion won. It is faster.",  # another sentence
        "Diffusion won because it is stable, and it is faster.",  # a break the line lacks
    ],
)
def test_words_across_another_break_are_not_the_line(text: str) -> None:
    assert not _found("diffusion won because it is faster", text)


def test_a_line_with_no_opener_is_not_read_across_a_break() -> None:
    assert not _found("diffusion is faster", "Diffusion won because it is faster.")


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-080", "Diffusion won because it is faster."),
        ("genai-076", "Pix2pix is great because it works with unpaired."),
        ("genai-136", "The model is unbiased because it learns from so much data."),
    ],
)
def test_a_rubric_line_of_two_clauses_is_found(qid: str, answer: str) -> None:
    assert _wrong(qid, answer)


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        (
            "genai-080",
            "Diffusion did not win because it is faster; it won because it trains stably.",
        ),
        ("genai-080", "Diffusion won not because it is faster but because training is stable."),
        ("genai-080", "Diffusion won because it is stable, and GANs are faster."),
        ("genai-136", "No model is unbiased because it learns from so much data."),
    ],
)
def test_a_denied_or_split_two_clause_claim_is_not_found(qid: str, answer: str) -> None:
    assert not _wrong(qid, answer)
