"""A causative verb with a complement is a claim (keys51): "a small one makes it slow" says what
a small learning rate does; "X, Y and Z make it better" and "this is what makes it happen" say
nothing, and stay empty predicates (empty_predicates.py); so does "keep it going", though what
"keep" keeps is most often said ("keeps it smooth")."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Concept, Question
from interviewer.core.grading import Grader, grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.empty_predicates import vague_predicates
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.text import Text

RATE_QUESTION = "What happens if the learning rate is too large or too small?"
RATE_KEY = (
    "If the learning rate is too large, the updates overshoot the minimum and training "
    "diverges or oscillates; if it is too small, training converges very slowly."
)
RATE_ANSWER = "A large learning rate makes training diverge and a small one makes it slow."
RATE = Question(
    id="t-rate",
    prompt=RATE_QUESTION,
    reference_answers=(RATE_KEY,),
    concepts=(
        Concept(
            "too large",
            2,
            ("diverge", "overshoot", "oscillate"),
            description="A learning rate that is too large overshoots and training diverges.",
        ),
        Concept(
            "too small",
            2,
            ("slow", "converges slowly"),
            description="A learning rate that is too small makes training converge slowly.",
        ),
    ),
)
CLAIMS = [
    RATE_ANSWER,
    "Too large makes them unstable, too small makes it slow.",
    "Quantized to 4-bit, which makes it small enough for one GPU.",
    "Retrieval, reranking and caching make it possible to answer from fresh documents.",
    "Spectral norm, gradient penalty, label smoothing: together they make it more stable.",
]
EMPTY = [
    "Layer normalization, residual connections, scaling and stable gradients make it better.",
    "Retrieval, embeddings, vector databases and the LLM, this is what makes it happen.",
    "Spectral normalization, gradient penalty, label smoothing; it makes things work.",
    "Low-rank matrices, adapters, frozen weights and the rank r make it all work.",
    "Caching, batching, quantization and streaming make it possible.",
    "Caching, batching, quantization and streaming make it so.",
    "Caching, batching, quantization and streaming keep it going.",  # not a string before
    "Low-rank matrices, adapters and frozen weights, keeping it all together.",
]
KEPT = [
    "Spectral norm keeps it smooth, gradient penalty, label smoothing.",
    "KV cache keeps it in memory, paged blocks, no fragmentation.",
]


def keyword_string(answer: str) -> bool:
    parsed = Text.of(answer)
    return is_keyword_string(parsed, Structure.of(parsed))


@pytest.mark.parametrize("answer", CLAIMS)
def test_a_causative_with_a_complement_is_a_claim(answer: str) -> None:
    text = Text.of(answer)
    assert not {text.words[i] for i in vague_predicates(text)} & {"make", "makes", "it"}
    assert not keyword_string(answer)  # RATE_ANSWER was a string of terms before


@pytest.mark.parametrize("answer", EMPTY)
def test_a_causative_that_says_nothing_is_still_empty(answer: str) -> None:
    assert keyword_string(answer)


@pytest.mark.parametrize("answer", KEPT)
def test_what_keep_keeps_is_said(answer: str) -> None:
    assert not keyword_string(answer)


def test_a_causative_claim_is_not_capped_against_a_key() -> None:
    grade = grade_reference(RATE_QUESTION, RATE_KEY, RATE_ANSWER)
    assert "keyword_list" not in grade.flags
    assert grade.score > 50.0  # 50.0, capped as a string of terms, before


def test_a_causative_claim_is_not_a_string_of_terms_against_a_rubric() -> None:
    grade = Grader().grade(RATE, RATE_ANSWER)
    assert "keyword_list" not in grade.flags
