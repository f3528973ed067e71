"""What "it", "they", "this" opening a clause stands for: the shared opening test
(pronouns.opening_pronoun) and the grader's three readings on the examples pronouns.py gives,
which show where they differ on purpose."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Concept
from interviewer.core.grading.concepts import Mentions, prepare_subjects
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.pronoun_claims import antecedent
from interviewer.core.grading.pronouns import REFERRING, SUBJECT_PRONOUNS, opening_pronoun
from interviewer.core.grading.subject_sides import OPENERS, referents
from interviewer.core.grading.text import Text


@pytest.mark.parametrize(
    ("words", "pronoun"),
    [
        ("it reads both ways", 0),
        ("and so it reads both ways", 2),
        ("and so", None),  # openers only
        ("BERT reads it", None),  # an object, not the opening word
        ("this means", None),  # not a subject pronoun of SUBJECT_PRONOUNS
    ],
)
def test_opening_pronoun(words: str, pronoun: int | None) -> None:
    split = words.split()
    assert opening_pronoun(split, 0, len(split), OPENERS) == pronoun


def test_opening_pronoun_takes_its_pronouns_and_end_as_parameters() -> None:
    words = "and this means".split()
    assert opening_pronoun(words, 0, 3, OPENERS, REFERRING) == 1
    assert opening_pronoun(words, 0, 1, OPENERS, REFERRING) is None  # before `end` only
    assert opening_pronoun(words, 0, 3, OPENERS, SUBJECT_PRONOUNS) is None


_SUBJECTS = prepare_subjects(
    [
        Concept("reads both ways", 1, ("reads both ways",), about=("BERT",)),
        Concept("left to right", 1, ("left to right",), about=("GPT",)),
    ],
    asked=frozenset(),
)


def _readings(text: str, word: str) -> tuple[object, object, object]:
    """What the first `word` of `text` stands for, read by pronoun_claims.antecedent (the
    noun phrase's stems), subject_sides.referents (a stem) and subjects/antecedents (BERT or
    GPT, the question's subjects)."""
    answer = Answer.of(Text.of(text))
    at = answer.text.words.index(word)
    claims = antecedent(answer, at) if word in SUBJECT_PRONOUNS else None
    sides = referents(answer.text, answer.structure).get(at)
    mentions = Mentions.of(_SUBJECTS, answer)
    subject = None
    if mentions._pronoun_subject(answer, at + 1):
        found = mentions._antecedent(answer, at + 1)
        subject = None if found is None else ("BERT", "GPT")[found]
    return claims, sides, subject


@pytest.mark.parametrize(
    ("text", "word", "readings"),
    [
        (
            "GPT stands for Generative Pre-trained Transformer, and it is encoder-only.",
            "it",
            (("gpt",), "gpt", "GPT"),
        ),
        ("BERT reads both ways. It predicts masked words.", "it", (("bert",), "bert", "BERT")),
        # the clause right before (antecedent), the sentence's first subject (referents), two
        # subjects named before it in its sentence (antecedents: cannot be told)
        (
            "BERT reads both ways, GPT reads left to right, and it predicts the next word.",
            "it",
            (("gpt",), "bert", None),
        ),
        # two things joined: no one noun phrase; referents takes the first content word
        (
            "GPT and BERT are transformers, and they differ in direction.",
            "they",
            (None, "gpt", None),
        ),
        # after a colon: antecedent (since relations50) and referents read the pronoun
        # (subjects/ carries the subject before a colon over by Mentions._before_colon, not
        # through the pronoun)
        ("BERT takes no masks: it reads both ways.", "it", (("bert",), "bert", None)),
        # "this" is read by subjects/antecedents only
        ("BERT is an encoder. This means masked words.", "this", (None, None, "BERT")),
    ],
)
def test_the_three_readings_differ_where_pronouns_py_says(
    text: str, word: str, readings: tuple[object, object, object]
) -> None:
    assert _readings(text, word) == readings
