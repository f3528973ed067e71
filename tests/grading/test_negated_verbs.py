"""The reach of a negation past the verb it stands on: "does not write autoregressive text" and
"is not written one word at a time" deny their objects, as "does not need labels" does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denial_words import NEGATIONS
from interviewer.core.grading.text import STOP_WORDS, Text


def structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def position(s: Structure, word: str) -> int:
    return s.text.words.index(word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The model does not write autoregressive text", "autoregressive"),
        ("The decoder doesn't paint the pixels", "pixels"),
        ("A diffusion model cannot emit tokens in order", "tokens"),
        ("The reply is not written one word at a time", "one"),
        ("The summary isn't generated sentence by sentence", "sentence"),
        ("The encoder has not seen those labels", "labels"),
    ],
)
def test_the_object_of_a_negated_verb_is_denied(sentence: str, word: str) -> None:
    s = structure(sentence)
    assert s.denied(position(s, word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a preposition after the verb: where it does not go, not a thing denied
        ("The KL penalty does not drift into reward hacking", "reward"),
        # after "is not", a word that is no participle is no verb: two words stand between
        ("The reply is not fluent text", "text"),
        # the verb not right after the negation: an adverb or another verb between
        ("The model does not really write autoregressive text", "autoregressive"),
        # a possibility, not a denial
        ("The model may not write autoregressive text", "autoregressive"),
        # no auxiliary before "not"
        ("Write plain text, not fancy markup", "markup"),
    ],
)
def test_what_is_not_the_negated_verbs_object_is_not_denied(sentence: str, word: str) -> None:
    s = structure(sentence)
    assert not s.denied(position(s, word))


def test_the_negation_stops_at_its_clause() -> None:
    s = structure("The reply is not written in advance; it comes one word at a time")
    assert not s.denied(position(s, "one"))


_WORD = st.text(alphabet="bcdfghjklmpqrstvwxz", min_size=4, max_size=9).filter(
    lambda w: w not in STOP_WORDS and w not in NEGATIONS
)


@given(verb=_WORD, thing=_WORD)
def test_does_not_verb_denies_its_object_and_the_plain_verb_does_not(verb: str, thing: str) -> None:
    denied = structure(f"The model does not {verb} the {thing}")
    assert denied.denied(len(denied.text.words) - 1)
    plain = structure(f"The model {verb} the {thing}")
    assert not plain.denied(len(plain.text.words) - 1)
    prepositional = structure(f"The model does not {verb} into the {thing}")
    assert not prepositional.denied(len(prepositional.text.words) - 1)


@pytest.mark.parametrize(
    "answer",
    [
        "The reply is not written one word at a time.",
        "The model does not write autoregressive text.",
    ],
)
def test_a_negated_verb_denies_the_concept(answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert "autoregressive generation" not in {m.concept for m in grade.matched}
    assert all(e in answer for c in grade.contradictions for e in c.evidence)


def test_a_match_running_past_the_negations_clause_is_not_denied(
    genai: Bank, genai_grader: Grader
) -> None:
    # "instruction tuning" is matched across the comma: "instructions well, so it is tuned"
    answer = "A pretrained model does not follow instructions well, so it is tuned."
    grade = genai_grader.grade(genai.get("genai-046"), answer)
    assert "fine-tuning afterwards" not in {c.concept for c in grade.contradictions}
