"""An English word is no typo of another word: the typo corrector reads a correctly spelled
word as a question word only when it is another form of it (typo_english.py)."""

from __future__ import annotations

from interviewer.core.grading.text import Text, cached_stem
from interviewer.core.grading.typo_english import (
    english,
    may_read_as,
    negated_form_of,
    other_form_of,
)
from interviewer.core.grading.typos import correct_typos


def test_forms_of_one_word_differ_only_in_their_endings():
    for word, other in [
        ("retrievers", "retriever"),
        ("adversarially", "adversarial"),
        ("generating", "generative"),
        ("conditioned", "conditional"),
        ("difference", "different"),
    ]:
        assert other_form_of(word, other), (word, other)


def test_words_one_letter_apart_at_the_front_or_middle_are_other_words():
    for word, other in [
        ("across", "cross"),
        ("context", "content"),
        ("mostly", "costly"),
        ("inconsistent", "consistent"),
        ("stores", "story"),
        ("reference", "preference"),
    ]:
        assert not other_form_of(word, other), (word, other)


def test_an_english_word_is_read_as_a_question_word_only_as_its_other_form():
    assert english("across") and english("adversarially") and not english("retreival")
    assert not may_read_as("across", "cross")
    assert not may_read_as("context", "content")
    assert may_read_as("retrievers", "retriever")
    assert may_read_as("retreival", "retrieval")  # no English word: a typo


def _corrected(answer: str, question_words: list[str]) -> list[str]:
    vocabulary = {w: cached_stem(w) for w in question_words}
    text = Text.of(answer)
    correct_typos(
        text,
        vocabulary,
        sorted(w for w in vocabulary if len(w) >= 4),
        frozenset(vocabulary.values()),
        {},
    )
    return [text.stems[i] for i in text.content]


def test_the_corrector_leaves_an_english_word_near_a_question_word_as_written():
    stems = _corrected("The loss is balanced across modalities", ["cross", "attention"])
    assert cached_stem("across") in stems and cached_stem("cross") not in stems
    stems = _corrected("The content window fills up", ["context", "window"])
    assert cached_stem("content") in stems and cached_stem("context") not in stems


def test_the_corrector_still_reads_a_misspelling_and_another_form():
    stems = _corrected("A dense retreival step", ["retrieval", "dense"])
    assert cached_stem("retrieval") in stems
    stems = _corrected("It was trained adversarially", ["adversarial", "training"])
    assert cached_stem("adversarial") in stems


def test_a_word_a_listed_wrong_claim_writes_is_read_as_written():
    vocabulary = {w: cached_stem(w) for w in ["adversarial", "diffusion"]}
    text = Text.of("They are trained adversarially")
    correct_typos(
        text,
        vocabulary,
        sorted(vocabulary),
        frozenset(vocabulary.values()),
        {},
        claim_stems=frozenset({cached_stem("adversarially")}),
    )
    assert cached_stem("adversarially") in [text.stems[i] for i in text.content]


def _genai_grade(question_id: str, answer: str):
    from interviewer.core.catalog import Catalog
    from interviewer.core.grading import Grader

    bank = Catalog(None).find("genai")
    return Grader(bank).grade(bank.get(question_id), answer)


def test_a_wrong_claim_said_with_an_adverb_of_a_question_word_is_found():
    grade = _genai_grade(
        "genai-080",
        "Diffusion models are preferred because they are trained adversarially with a much "
        "stronger discriminator, so they make sharper images than GANs.",
    )
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed


def test_a_word_behind_a_negative_prefix_is_read_as_the_word_it_negates():
    assert negated_form_of("unreachable", "reachable")
    assert negated_form_of("inconsistent", "consistent")
    assert not negated_form_of("across", "cross")
    assert may_read_as("unreachable", "reachable")
    assert not may_read_as("consistent", "inconsistent")
