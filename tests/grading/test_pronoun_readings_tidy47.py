"""tidy47: the grader's two readings of "it" and "they" (pronoun_claims.antecedent for claims,
subject_sides.referents for the sides of a contrast or a direction) take the same pronouns and
agree where the clause before the pronoun is its sentence's first; where it is not they differ,
as pronouns.py's docstring says (a change to either reading changes that docstring too;
test_pronouns.py reads the third, subjects/antecedents, on its examples)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedents
from interviewer.core.grading.subject_sides import referents
from interviewer.core.grading.text import Text


def readings(text: str) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """What each pronoun stands for, keyed by the pronoun and its position: (antecedent's
    noun phrase stems, referents' subject stem)."""
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    strict = {f"{words[p]}@{p}": stems for p, stems in antecedents(answer)}
    sides = {
        f"{words[p]}@{p}": stem for p, stem in referents(answer.text, answer.structure).items()
    }
    return strict, sides


@pytest.mark.parametrize(
    ("text", "pronoun", "subject"),
    [
        (
            "GPT stands for Generative Pre-trained Transformer, and it is a decoder-only model.",
            "it@8",
            "gpt",
        ),
        ("BERT is an encoder. It reads the text both ways.", "it@4", "bert"),
        (
            "Adapters are small layers. They are trained while the weights stay frozen.",
            "they@4",
            "adapter",
        ),
    ],
)
def test_both_readings_take_the_subject_of_the_clause_before(
    text: str, pronoun: str, subject: str
) -> None:
    strict, sides = readings(text)
    assert strict == {pronoun: (subject,)}
    assert sides == {pronoun: subject}


def test_they_differ_where_the_clause_before_is_not_the_sentences_first() -> None:
    strict, sides = readings(
        "BERT reads both ways, GPT reads left to right, and it predicts the next token."
    )
    assert strict == {"it@10": ("gpt",)}  # the noun phrase just before
    assert sides == {"it@10": "bert"}  # the sentence's first subject


def test_a_pronoun_with_no_one_noun_phrase_before_is_read_by_the_sides_only() -> None:
    # "Transformers use attention": "use" is not among the verbs that end a subject for the
    # claims' reading, which then finds no noun phrase and reads no claim on a guess
    strict, sides = readings("Transformers use attention. They process all tokens at once.")
    assert strict == {}
    assert sides == {"they@3": "transformer"}
