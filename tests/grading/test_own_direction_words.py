"""A statement that itself holds two opposed direction words ("lower rank means more
parameters", "bigger patches lower FID") is found where the answer says it: its own second
direction word is not an opposite standing between its words (statement_match._turned_between,
lines68). An opposite that is not one of the statement's words still turns it: "higher FID is
worse and lower is better" does not say "higher FID is better"."""

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


def test_a_statement_with_two_directions_is_found_as_written() -> None:
    assert _found("lower rank means more parameters", "Lower rank means more parameters.")


def test_an_opposite_between_that_is_not_the_statements_still_turns_it() -> None:
    assert not _found("higher FID is better", "Higher FID is worse and lower is better.")


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-085", "Lower rank means more parameters."),
        ("genai-085", "Increasing the rank reduces trainable parameters."),
        ("genai-111", "Lower Inception Score means more realistic images."),
        ("genai-119", "Smaller batches give higher throughput."),
        ("genai-136", "Bigger models are naturally less biased."),
        ("genai-196", "Bigger patches lower FID."),
        ("genai-203", "Total cost is lower with more agents."),
    ],
)
def test_a_rubric_line_with_two_directions_is_found(qid: str, answer: str) -> None:
    assert _wrong(qid, answer)


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-085", "Lower rank means fewer parameters, and higher rank means more parameters."),
        ("genai-111", "Higher Inception Score means more realistic images; lower means less."),
        (
            "genai-119",
            "Smaller batches give lower latency, while bigger batches give higher throughput.",
        ),
        ("genai-136", "Bigger models are not naturally less biased."),
        ("genai-196", "Smaller patches lower FID, bigger patches raise it."),
        ("genai-203", "Total cost is higher with more agents, lower with fewer."),
    ],
)
def test_the_true_direction_is_not_found(qid: str, answer: str) -> None:
    assert not _wrong(qid, answer)


def test_a_hyphenated_pair_of_opposites_is_found_as_written() -> None:
    assert _found("encoder-decoder transformers", "GPT is an encoder-decoder transformer.")


def test_a_hyphenated_pair_of_opposites_said_apart_is_not_the_statement() -> None:
    assert not _found(
        "encoder-decoder transformers",
        "It has an encoder and a decoder like the original Transformer.",
    )
