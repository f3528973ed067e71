"""A subject named again in apposition (two commas), in brackets or between dashes is still the
subject of the verb after it (appositives.py, appos65): for a listed wrong claim, a
misconception, and the antecedent of a pronoun in the next clause; a list, a relative clause,
an aside opening with a preposition or "not", and a subject after a comma are no appositive."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.appositives import appositives
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedents
from interviewer.core.grading.text import Text


def _named(answer: str) -> list[tuple[str, str, str]]:
    read = Answer.of(Text.of(answer))
    words = read.text.words
    return [
        (words[a.subject], " ".join(words[a.first : a.last + 1]), words[a.verb])
        for a in appositives(read).values()
    ]


@pytest.mark.parametrize(
    ("answer", "named"),
    [
        (
            "GPT, the Generative Pre-trained Transformer, is an encoder-only model.",
            ("gpt", "the generative pre trained transformer", "is"),
        ),
        (
            "HyDE (hypothetical document embeddings) trains a new embedding model.",
            ("hyde", "hypothetical document embeddings", "trains"),
        ),
        (
            "LangChain - a popular Python library - is a language model.",
            ("langchain", "a popular python library", "is"),
        ),
        ("GPT\u2014a decoder\u2014is bidirectional.", ("gpt", "a decoder", "is")),
        (
            "Prefix tuning, a parameter-efficient method, updates all the weights.",
            ("tuning", "a parameter efficient method", "updates"),
        ),
        (
            "CLIP, OpenAI's image-text model, generates images.",
            ("clip", "openai's image text model", "generates"),
        ),
    ],
)
def test_an_appositive_names_the_subject_of_the_verb_after_it(
    answer: str, named: tuple[str, str, str]
) -> None:
    assert _named(answer) == [named]


@pytest.mark.parametrize(
    "answer",
    [
        "GPT, BERT, T5 are encoder-only transformers.",  # a list
        "GPT, BERT, and T5 are encoder-only transformers.",  # a list
        "GPT, which came out in 2018, is an encoder-only transformer.",  # a relative clause
        "GPT, like BERT, is an encoder-only transformer.",  # an aside opening with a preposition
        "BERT, not GPT, is an encoder-only transformer.",  # a contrast naming another subject
        "GPT, in short, is a decoder.",  # an aside (across_comma.py reads it)
        "Unlike BERT, GPT, a model from OpenAI, is a decoder.",  # a subject after a comma
        "In 2018, OpenAI released GPT, a decoder-only model, and BERT came out.",  # an object
        "The model predicts tokens (one at a time) and is fast.",  # no verb right after
        "GPT is a pre-trained model - it predicts tokens.",  # a hyphen, one dash
        "GRPO and PPO, two RL methods, drop the critic.",  # "PPO" is joined to "GRPO"
        # the name before the appositive is a possessor or a clause's subject (review65)
        "GRPO's ancestor (PPO) needs a value model.",
        "Kaplan\u2019s successor (Chinchilla) favoured more data.",
        "The method GRPO replaced (PPO) trains a critic.",
    ],
)
def test_what_is_no_appositive(answer: str) -> None:
    assert _named(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        # the lead's case (fresh-dev): "GPT is an encoder-only Transformer ..." is flagged
        "GPT, the Generative Pre-trained Transformer, is an encoder-only Transformer in the "
        "same family as BERT.",
        "GPT (Generative Pre-trained Transformer) is an encoder-only transformer like BERT.",
        "GPT - a model from OpenAI - is encoder-only.",
        "GPT\u2014a model from OpenAI\u2014is encoder-only.",
        # the pronoun of the next sentence or clause stands for the subject before it
        "GPT, the Generative Pre-trained Transformer, is a language model. It reads text "
        "bidirectionally.",
        "GPT (a model from OpenAI) is a language model, and it reads text bidirectionally.",
    ],
)
def test_a_wrong_claim_said_across_an_appositive_is_caught(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert "decoder-only transformer" in {c.concept for c in grade.contradictions}
    assert not grade.passed


@pytest.mark.parametrize(
    ("wrong", "true"),
    [
        (
            "GPT, the model from OpenAI, is an encoder-only transformer like BERT.",
            "BERT, not GPT, is an encoder-only transformer.",
        ),
        (
            "GPT, a decoder-only model, is an encoder-only transformer like BERT.",
            "GPT, a decoder-only model, is not an encoder-only transformer.",
        ),
        (
            "GPT, a model from OpenAI, reads text bidirectionally, while BERT, an encoder-only "
            "model, reads text left to right.",
            "GPT, a decoder-only model, reads text left to right, while BERT, an encoder-only "
            "model, reads text bidirectionally.",
        ),
        (
            "GPT, the Generative Pre-trained Transformer, is a model from OpenAI. It reads "
            "text bidirectionally.",
            "GPT, the Generative Pre-trained Transformer, is a decoder-only model from OpenAI. "
            "It predicts the next token and generates text one token at a time.",
        ),
    ],
)
def test_the_same_shape_said_truly_is_not_flagged(
    wrong: str, true: str, genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-006")
    assert genai_grader.grade(question, wrong).contradictions
    grade = genai_grader.grade(question, true)
    assert not grade.contradictions
    assert not grade.misconceptions


def test_a_misconception_said_across_brackets_is_found(genai: Bank, genai_grader: Grader) -> None:
    answer = "HyDE (hypothetical document embeddings) trains the encoder on fake documents."
    grade = genai_grader.grade(genai.get("genai-179"), answer)
    assert grade.misconceptions


@pytest.mark.parametrize(
    ("wrong", "true"),
    [
        (
            "GRPO, the method from DeepSeek, drops the clipping.",
            "GRPO, the method from DeepSeek, does not drop the clipping.",
        ),
        (
            "GRPO, a cheaper variant of PPO, drops the clipping.",
            "PPO, the method GRPO replaced, drops the clipping.",
        ),
    ],
)
def test_a_claim_after_an_appositive_is_said_of_the_subject_before_it(
    wrong: str, true: str, genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-175")
    assert "clipped objective" in {
        c.concept for c in genai_grader.grade(question, wrong).contradictions
    }
    assert "clipped objective" not in {
        c.concept for c in genai_grader.grade(question, true).contradictions
    }


def test_a_pronoun_after_an_appositive_stands_for_the_subject_before_it() -> None:
    answer = Answer.of(
        Text.of("LangChain - a popular Python library - is a framework. It calls models.")
    )
    assert antecedents(answer) == [(answer.text.words.index("it"), ("langchain",))]
