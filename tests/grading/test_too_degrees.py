"""The key's "too X" said as "too Y", its opposite (too_degrees.py, keys50)."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.result import Contradiction
from interviewer.core.grading.text import Text
from interviewer.core.grading.too_degrees import degrees_turned as read_turned
from interviewer.core.grading.too_degrees import outcomes_swapped as read_swapped

FIT_QUESTION = "What is overfitting?"
FIT_KEY = (
    "Overfitting is when a model is too complex for its data: it fits the noise of the "
    "training set, so training error is low but validation error is high."
)
RATE_KEY = "A learning rate that is too large makes training diverge."
BOTH_KEY = (
    "If the learning rate is too large, training diverges; if it is too small, training "
    "converges very slowly."
)
SIEVE_KEY = "The sand goes through the sieve, but the stones are too large to pass its holes."


def degrees_turned(key: str, answer: str) -> list[Contradiction]:
    text = Text.of(answer)
    return read_turned(key, text, Structure.of(text))


def outcomes_swapped(key: str, answer: str) -> list[Contradiction]:
    text = Text.of(answer)
    return read_swapped(key, text, Structure.of(text))


def test_the_opposite_degree_is_the_key_the_other_way_round() -> None:
    (found,) = degrees_turned(FIT_KEY, "Overfitting means the model is too simple.")
    assert found.evidence == ("Overfitting means the model is too simple",)
    assert found.detail == "the answer key says too complex"
    assert degrees_turned(RATE_KEY, "A learning rate that is too small makes training diverge.")
    assert degrees_turned(RATE_KEY, "Too small a learning rate makes training diverge.")
    assert degrees_turned(SIEVE_KEY, "The stones are too small to be caught by the sieve.")


def test_what_is_no_contradiction() -> None:
    for key, answer in (
        (FIT_KEY, "Overfitting means the model is too complex for the data it has."),
        # the key's degree said too: the other is an aside
        (FIT_KEY, "The model is too complex; a model too simple would underfit instead."),
        (FIT_KEY, "The model is not too simple: it memorises the noise."),
        # the negations every wrong-claim check reads (clauses.Structure), not a list of its
        # own: "hardly" and "rarely" deny as "not" does, a denial after it too
        (FIT_KEY, "The model is hardly ever too simple; it memorises the noise."),
        (FIT_KEY, "A model too simple is rarely the problem here: it memorises the noise."),
        (FIT_KEY, "Unlike underfitting, where the model is too simple, it memorises noise."),
        # a degree of something the key does not say it of
        (FIT_KEY, "The explanation given is too simple."),
        # said of another thing than the key's degree ("the holes" for "the particles")
        (SIEVE_KEY, "The holes in the sieve are too small for the stones to go through."),
        # the key's degree in another word ("big" for "large"): the other is said of another
        (SIEVE_KEY, "The stones are too big for the holes, and the sand is too small to stay."),
        # both degrees are the key's
        (BOTH_KEY, "If the learning rate is too small, training converges slowly."),
    ):
        assert not degrees_turned(key, answer), answer


def test_an_answer_with_the_opposite_degree_is_missing() -> None:
    grade = grade_reference(FIT_QUESTION, FIT_KEY, "Overfitting means the model is too simple.")
    assert grade.contradictions
    assert grade.score <= 25.0  # 31.9 with nothing found before
    right = grade_reference(
        FIT_QUESTION,
        FIT_KEY,
        "Overfitting means the model is too complex and memorises the noise in the training data.",
    )
    assert not right.contradictions
    assert right.score >= 70.0


def test_the_outcomes_of_two_degrees_exchanged() -> None:
    question = "What happens if the learning rate is too large or too small?"
    answer = "Too large and it converges slowly, too small and it diverges."
    first, second = outcomes_swapped(BOTH_KEY, answer)
    assert first.evidence == ("Too large and it converges slowly",)
    assert first.detail == "the answer key says it of too small"
    assert second.evidence == ("too small and it diverges",)
    grade = grade_reference(question, BOTH_KEY, answer)
    assert grade.contradictions
    assert grade.score <= 25.0  # 78.6 adequate before
    # "big" for the key's "large"; the outcome's adverb read as its adjective
    assert outcomes_swapped(BOTH_KEY, "Too big and it is slow.")


def test_the_outcomes_said_right_are_no_contradiction() -> None:
    for answer in (
        "Too large and training diverges, too small and it converges slowly.",
        "If it is too large, training diverges; if it is too small, it takes forever to train.",
        "Too small and training converges very slowly.",
    ):
        assert not outcomes_swapped(BOTH_KEY, answer), answer
    # a key with one degree has no outcomes to exchange
    assert not outcomes_swapped(RATE_KEY, "Too small and training diverges.")
