"""Wrong claims said through a pronoun on a question with no contrast (pronoun46): "GPT ...,
and it is an encoder-only transformer" states the rubric's "GPT is an encoder-only
transformer"; a pronoun with no one candidate antecedent, or the claim negated or quoted,
is not read so."""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedent, antecedents
from interviewer.core.grading.text import Text


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


RESOLVED = [
    ("GPT stands for Generative Pre-trained Transformer, and it is big.", ("gpt",)),
    ("GPT stands for Generative Pre-trained Transformer. It is big.", ("gpt",)),
    ("The model is big, it is slow.", ("model",)),
    ("Diffusion models are slow, and they are big.", ("diffusion", "model")),
    ("BERT reads both ways and it is an encoder.", ("bert",)),
    # after a colon or a semicolon (relations50: train-blind w48b-040, "DALL-E goes the other
    # direction: it is an image captioning model" passed unread)
    ("DALL-E goes the other way: it is a captioner.", ("dall", "e")),
    ("BERT reads both ways; it is an encoder.", ("bert",)),
]

NOT_RESOLVED = [
    # two candidates joined: which one "it" is cannot be told
    "GPT and BERT are transformers, and it is an encoder-only transformer.",
    # the previous clause has no subject before its verb
    "In 2018 GPT came out, and it is slow.",
    # another relation than "and" or a comma ("because it" is read since pron66:
    # test_cause_clauses.py)
    "GPT is fast, but it is small.",
    # the number does not agree
    "Diffusion models are slow, and it is big.",
    "GPT is slow, and they are big.",
    # the previous clause's subject is itself a pronoun
    "It is slow, and it is big.",
    # in quotation marks: someone's words
    'People say "GPT is slow and it is big".',
    # "it" as an object, not opening its clause
    "GPT reads it and writes it.",
]


@pytest.mark.parametrize(("text", "stems"), RESOLVED)
def test_a_pronoun_with_one_candidate_stands_for_the_previous_subject(text, stems):
    answer = _answer(text)
    assert [s for _, s in antecedents(answer)][:1] == [stems], text


@pytest.mark.parametrize("text", NOT_RESOLVED)
def test_a_pronoun_without_one_candidate_stands_for_nothing(text):
    answer = _answer(text)
    words = answer.text.words
    pronouns = [p for p, w in enumerate(words) if w in ("it", "they")]
    assert pronouns, text
    assert all(antecedent(answer, p) is None for p in pronouns), text


STANDS_FOR = "GPT stands for Generative Pre-trained Transformer"


@pytest.mark.parametrize(
    "answer",
    [
        f"{STANDS_FOR}, and it is an encoder-only transformer that reads text.",
        f"{STANDS_FOR}. It is an encoder-only transformer that reads text.",
        "GPT was built by OpenAI: it is an encoder-only transformer that reads text.",
    ],
)
def test_a_wrong_claim_said_through_a_pronoun_is_found(genai, genai_grader, answer):
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    wrong = [c for c in grade.contradictions if c.concept == "decoder-only transformer"]
    assert wrong, answer
    assert wrong[0].evidence[0].lower().startswith("it is an encoder-only transformer")
    assert not grade.passed


@pytest.mark.parametrize(
    "answer",
    [
        # negated
        f"{STANDS_FOR}, and it is not an encoder-only transformer like BERT.",
        f"{STANDS_FOR}. It is never an encoder-only transformer.",
        # two candidates
        "GPT and BERT are transformers, and it is an encoder-only transformer.",
        # quoted: someone else's words
        f'{STANDS_FOR}. Some say "GPT reads text, and it is an encoder-only transformer".',
        # supposed
        f"{STANDS_FOR}. If it is an encoder-only transformer, it could not write text.",
    ],
)
def test_a_wrong_claim_not_said_through_one_pronoun_is_not_found(genai, genai_grader, answer):
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert not [c for c in grade.contradictions if c.concept == "decoder-only transformer"], answer
    assert not grade.misconceptions, answer


def test_a_misconception_said_through_a_pronoun_is_found(genai, genai_grader):
    grade = genai_grader.grade(
        genai.get("genai-006"), f"{STANDS_FOR}, and it is an encoder-only model."
    )
    assert [m.phrase for m in grade.misconceptions] == ["GPT is an encoder-only model"]
    assert grade.misconceptions[0].evidence[0] == "it is an encoder-only model"
