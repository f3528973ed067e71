"""Keyword strings made of long noun phrases (issue 8, genai-176: "self-consistency majority
voting over sampled chain-of-thought reasoning paths, ..." scored 62.7, every item of more than
three content words read as a claim), and concise lists of comparatives, which are claims
("faster reads, extra storage, slower writes")."""

from __future__ import annotations

import pytest

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.text import Text


def keyword_string(text: str) -> bool:
    parsed = Text.of(text)
    return is_keyword_string(parsed, Structure.of(parsed))


@pytest.mark.parametrize(
    "answer",
    [
        "self-consistency majority voting over sampled chain-of-thought reasoning paths, "
        "temperature sampling diversity, answer aggregation accuracy gains",
        "step-by-step intermediate reasoning traces and few-shot worked example demonstrations "
        "and multi-step arithmetic word problem accuracy and emergent large model reasoning "
        "ability",
        "retrieval recall at k relevance judgements; context precision retrieved chunk "
        "relevance; answer faithfulness groundedness scoring; end-to-end answer correctness "
        "human evaluation",
        "untrusted retrieved document instructions, system prompt override attempts, indirect "
        "tool output injection vectors and privilege separation guard rails are the core of it",
        "forward Gaussian noise corruption process, learned reverse denoising network, noise "
        "schedule beta values, U-Net noise prediction backbone; it generates images from noise",
    ],
)
def test_long_noun_phrases_with_no_claim_are_a_keyword_string(answer: str) -> None:
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # comparatives: each item says its term is so
        "Faster decoding, more GPU memory, memory grows with sequence length and batch size.",
        "More stable training, better mode coverage, higher diversity, easier text "
        "conditioning; slower sampling.",
        "faster reads, extra storage, slower writes",
        # long items that are claims: a determiner, a verb
        "BM25 catches the exact terms and rare names, dense embeddings catch paraphrases, "
        "fusion merges both lists, and a cross-encoder reranker orders the top results.",
        # notes of short items naming a few long terms among claims (keyword_strings.yaml
        # round2-terse-064): the long terms are a small share of the words
        "- sliding window of recent turns\n- rolling summary of older turns (lossy)\n- vector "
        "memory: store past turns/facts, retrieve relevant ones per query\n- combine system "
        "prompt, profile, summary and the last turns to fit the token budget",
    ],
)
def test_claims_listed_tersely_are_no_keyword_string(answer: str) -> None:
    assert not keyword_string(answer)


def test_the_long_subject_of_an_empty_predicate_is_a_term() -> None:
    # devset train d1184 (buzzword, graded 1) scored 30.0 weak: its subject of "are really the
    # heart of it" had more than three content words
    assert keyword_string(
        "Label conditioning and the generator-discriminator minimax game are really the heart "
        "of it, with Pix2Pix, embeddings and latent noise z all kind of coming together in the "
        "adversarial loss."
    )


def test_a_comparative_in_a_term_name_is_no_claim() -> None:
    assert keyword_string(
        "It's all about causal masking, lower triangular matrix and padding masks."
    )


def test_the_long_noun_phrase_string_of_issue_8_lands_missing() -> None:
    bank = Catalog(None).find("genai")
    grade = Grader(bank).grade(
        bank.get("genai-176"),
        "self-consistency majority voting over sampled chain-of-thought reasoning paths, "
        "temperature sampling diversity, answer aggregation accuracy gains",
    )
    assert "keyword_list" in grade.flags
    assert grade.band == "missing" and grade.score <= 15
