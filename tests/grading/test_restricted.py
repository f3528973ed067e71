"""A concept named by a restricting word joined to its head ("decoder-only", "just the
instruction") is found only where the answer says the restricting word next to that head
(matching/restricted.py, only46): "The decoder is only used to produce the embeddings" (the
wrong46 probe to genai-006) says nothing of a decoder-only model, and "just the instruction"
is not every "instruction"."""

from __future__ import annotations

import pytest
from graded import matched_concepts

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching.restricted import ONLY_STEM, next_to, restricting_just
from interviewer.core.grading.text import Text


def restricts(text: str, restrictor: str, head: str) -> bool:
    """Whether `restrictor` restricts `head` in `text` (each word's first occurrence)."""
    words = Text.of(text).words
    return next_to(Text.of(text), words.index(restrictor), words.index(head))


@pytest.mark.parametrize(
    ("text", "restrictor", "head"),
    [
        ("GPT is a decoder-only transformer", "only", "decoder"),
        ("GPT is decoder only", "only", "decoder"),
        ("GPT uses only the decoder stack", "only", "decoder"),
        ("GPT only uses the decoder", "only", "decoder"),
        ("GPT keeps the decoder stack only", "only", "decoder"),
        ("give the instruction alone", "alone", "instruction"),
    ],
)
def test_next_to_its_head(text: str, restrictor: str, head: str) -> None:
    assert restricts(text, restrictor, head)


@pytest.mark.parametrize(
    ("text", "restrictor", "head"),
    [
        ("The decoder is only used to produce the embeddings", "only", "decoder"),
        ("It has an encoder and only a decoder", "only", "encoder"),
        ("only the encoder and the decoder", "only", "decoder"),
        ("only one of them feeds the decoder", "only", "decoder"),
    ],
)
def test_elsewhere_in_the_sentence(text: str, restrictor: str, head: str) -> None:
    assert not restricts(text, restrictor, head)


def test_the_probe_loses_decoder_only(genai: Bank, genai_grader: Grader) -> None:
    question = genai.get("genai-006")
    wrong = "GPT is a transformer. The decoder is only used to produce the embeddings."
    assert "decoder-only transformer" not in matched_concepts(genai_grader.grade(question, wrong))


@pytest.mark.parametrize(
    "answer",
    [
        "GPT is a decoder-only transformer.",
        "GPT is a transformer that uses only the decoder stack.",
        "GPT only uses the decoder of the transformer.",
        "GPT keeps the decoder stack only.",
    ],
)
def test_decoder_only_said_otherwise_is_credited(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert "decoder-only transformer" in matched_concepts(grade)


def test_just_the_instruction_keeps_its_restricting_word(genai: Bank, genai_grader: Grader) -> None:
    question = genai.get("genai-052")
    q_stems = frozenset(Text.of(question.prompt, canon=genai_grader.canon).content_stems())
    phrase = genai_grader.alias_phrase("just the instruction", q_stems)
    assert phrase is not None
    assert [token[0] for token in phrase.tokens] == ["just", "instruction"]
    assert phrase.restricted == (0, 1)


def test_a_restricting_word_after_a_verb_restricts_nothing(
    genai: Bank, genai_grader: Grader
) -> None:
    # "sees only earlier tokens": "each token sees the earlier tokens only" says it too
    question = genai.get("genai-006")
    q_stems = frozenset(Text.of(question.prompt, canon=genai_grader.canon).content_stems())
    phrase = genai_grader.alias_phrase("sees only earlier tokens", q_stems)
    assert phrase is not None and phrase.restricted is None


def test_only_before_a_function_word_restricts_what_follows(
    genai: Bank, genai_grader: Grader
) -> None:
    # "big model only for hard": only for the hard requests; read as "only the big model", the
    # alias was missed and its reversal "small model only for hard" flagged a correct answer
    # (correct_probes43 cp43-019)
    answer = (
        "Send most requests to a small cheap model and only the hard ones to the big one, and"
        " cache answers you have already paid for."
    )
    grade = genai_grader.grade(genai.get("genai-125"), answer)
    assert "right-sized models" in matched_concepts(grade)
    assert not grade.contradictions


@pytest.mark.parametrize(
    ("text", "restricting"),
    [
        ("GPT uses just the decoder", True),
        ("a retriever is just a lookup table", True),
        ("it keeps just two layers", True),
        ("it keeps just 2 layers", True),
        ("we just fine-tune the decoder", False),
        ("GPT just stacks decoder blocks", False),
        ("it works just like a cache", False),
        ("the run has just finished", False),
    ],
)
def test_just_is_only_where_it_opens_a_noun_phrase(text: str, restricting: bool) -> None:
    assert bool(restricting_just(Text.of(text))) == restricting


@pytest.mark.parametrize(("question", "concept"), [("genai-006", "decoder-only transformer")])
def test_just_the_decoder_credits_decoder_only(
    genai: Bank, genai_grader: Grader, question: str, concept: str
) -> None:
    # genai-006 (tunable): "just the decoder" was read as any "decoder" near "just", which the
    # alias "decoder only" does not hold (8.5 at grader 3.32)
    grade = genai_grader.grade(genai.get(question), "It works with just the decoder, nothing more.")
    assert concept in matched_concepts(grade)
    simply = genai_grader.grade(genai.get(question), "GPT just stacks decoder blocks.")
    assert concept not in matched_concepts(simply)


def test_an_alias_with_just_is_found_as_only(genai: Bank, genai_grader: Grader) -> None:
    question = genai.get("genai-052")
    q_stems = frozenset(Text.of(question.prompt, canon=genai_grader.canon).content_stems())
    phrase = genai_grader.alias_phrase("just the instruction", q_stems)
    assert phrase is not None
    assert phrase.tokens[0][1] == ONLY_STEM  # "only the instruction" holds it


def test_just_before_a_verb_in_an_alias_stays_just(genai: Bank, genai_grader: Grader) -> None:
    # genai-052 (tunable), fresh-dev f0194: the alias "just tell it what to do" read as "only
    # tell" lost 'instruction alone' for "you just tell the model what you want" (82.8 -> 73.0)
    answer = (
        "Zero-shot prompting means you just tell the model what you want without showing it"
        " any worked examples first."
    )
    grade = genai_grader.grade(genai.get("genai-052"), answer)
    assert "instruction alone" in matched_concepts(grade)
