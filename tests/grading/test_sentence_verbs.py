"""A short answer written as one plain sentence has its verb where a verb stands
(sentence_verbs.py, lines67): "Gradient checkpointing stores every activation." is a claim, not
a string of terms, so the rubric's wrong claim in those very words is found; a run of terms
written as a list, in lower case without a stop, or after a participle is still terms."""

from __future__ import annotations

from functools import cache

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.sentence_verbs import one_sentence
from interviewer.core.grading.text import Text
from interviewer.resources import bundled_banks_dir


def keyword_string(text: str) -> bool:
    parsed = Text.of(text)
    return is_keyword_string(parsed, Structure.of(parsed))


@cache
def _grader() -> tuple[Bank, Grader]:
    bank = load_bank(bundled_banks_dir() / "genai.yaml")
    return bank, Grader(bank)


@pytest.mark.parametrize(
    "answer",
    [
        "Gradient checkpointing stores every activation.",  # an -s verb as often a noun
        "Every expert processes every token.",
        "Enough training data stops hallucinations.",
        "Bigger vocabulary makes sequences longer.",  # a common verb outside verbs.py
        "Larger models never make mistakes.",  # a bare form after an adverb
        "Soft prompts transfer across models.",  # a bare form after a plural noun
    ],
)
def test_one_plain_sentence_with_a_verb_is_no_keyword_string(answer: str) -> None:
    assert not keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Photosynthesis sunlight water carbon dioxide glucose oxygen.",  # no verb at all
        "attention scores softmax values weights",  # no capital, no stop
        "Attention scores, softmax, values, weights.",  # written as a list
        "LoRA low-rank matrices frozen weights adapters.",  # "frozen weights" is a term
        "KV cache memory bandwidth latency throughput.",
    ],
)
def test_terms_stay_a_keyword_string(answer: str) -> None:
    assert keyword_string(answer)


def test_one_sentence_needs_a_capital_a_stop_and_no_list_marks() -> None:
    assert one_sentence("KV cache stores previous responses.")
    assert not one_sentence("kv cache stores previous responses")
    assert not one_sentence("KV cache, previous responses.")
    assert not one_sentence("KV cache stores. Previous responses.")


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-049", "Gradient checkpointing stores every activation."),
        ("genai-016", "Enough training data stops hallucinations."),
        ("genai-144", "KV cache makes training faster."),
        ("genai-149", "Every expert processes every token."),
    ],
)
def test_a_rubric_line_said_as_its_own_sentence_is_flagged(qid: str, answer: str) -> None:
    bank, grader = _grader()
    grade = grader.grade(bank.get(qid), answer)
    assert "keyword_list" not in grade.flags
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed
