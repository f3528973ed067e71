"""Reference mode: a statement of the answer key said the other way round is a wrong claim."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from wrong_claims import answers_of, assert_quoted_verbatim_and_capped

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader, grade_reference, reference_question
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.reference_scoring import CAP, OFF_TOPIC_CAP
from interviewer.core.grading.reversals import reference_claims, turned_around
from interviewer.core.grading.text import Text

PROMPT = "What is overfitting and how do you fix it?"
REFERENCE = (
    "Overfitting is when a model learns the training data too closely, including its noise, "
    "so it has low training error but high validation error. Fix it with more data, "
    "regularization, dropout or early stopping."
)
RIGHT = (
    "Overfitting is when the model memorises the training data and its noise: training error "
    "is low but validation error is high. Use regularization, early stopping or more data."
)


def test_the_claims_of_a_reference_are_its_clauses_with_a_direction() -> None:
    claims = [c.text for c in reference_claims(REFERENCE)]
    assert claims == [
        "Overfitting is when a model learns the training data too closely",
        "low training error",
        "high validation error",
        "Fix it with more data",
    ]


def test_the_right_answer_is_not_flagged() -> None:
    grade = grade_reference(PROMPT, REFERENCE, RIGHT)
    assert grade.contradictions == ()
    assert grade.passed


@pytest.mark.parametrize(
    ("answer", "quoted"),
    [
        (RIGHT.replace("is low", "is HIGH").replace("is high", "is low"), "training error is HIGH"),
        (
            "Overfitting means high training error but low validation error; fix it with more "
            "data, regularization, dropout or early stopping.",
            "Overfitting means high training error",
        ),
        (
            "Overfitting: low training error, high validation error. Fix it with less data.",
            "Fix it with less data",
        ),
    ],
)
def test_an_answer_that_turns_the_key_around_is_caught_and_cannot_pass(
    answer: str, quoted: str
) -> None:
    grade = grade_reference(PROMPT, REFERENCE, answer)
    assert grade.contradictions, answer
    assert grade.contradictions[0].evidence == (quoted,)
    assert quoted in answer  # the candidate's own words
    assert grade.score <= CAP and not grade.passed
    claims = {f"{c.text} (said the other way round)" for c in reference_claims(REFERENCE)}
    assert grade.got_wrong[0] in claims
    assert "other way round" in grade.feedback[0]
    assert any(p.signal == "turned_around" for p in grade.explanation) or grade.score < CAP


TEMPERATURE = "A higher temperature makes the output more random and diverse."


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        ("A higher temperature makes the output more random and diverse.", False),
        ("A lower temperature makes the output less random and diverse.", False),  # turned twice
        ("A lower temperature makes the output more deterministic and less diverse.", False),
        ("A higher temperature makes the output more deterministic and diverse.", True),
        ("A higher temperature makes the output less random and diverse.", True),
    ],
)
def test_direction_words_turned_twice_say_the_same(answer: str, wrong: bool) -> None:
    grade = grade_reference("What does temperature do?", TEMPERATURE, answer)
    assert bool(grade.contradictions) is wrong


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        ("Oil is less dense than water.", False),  # the same said of the other side
        ("The water is more dense than the oil.", False),
        ("Oil is more dense than water.", True),
        ("Water is less dense than oil.", True),
    ],
)
def test_a_comparison_said_from_the_other_side_is_the_same_claim(answer: str, wrong: bool) -> None:
    key = "The oil floats. Water is more dense."
    grade = grade_reference("Why does the oil float on the water?", key, answer)
    assert bool(grade.contradictions) is wrong


@pytest.mark.parametrize(
    "answer",
    [
        # not a claim made: a condition, a negation, both sides named, set aside
        "If training error is high but validation error is low, that is underfitting, not this.",
        "Training error is not high; validation error is not low either.",
        "Training error is low, not high, and validation error is high, never low.",
        "Unlike underfitting, which has training error that is high, it has low training error "
        "and high validation error.",
        # the key's way said too: the other is an aside
        "Low training error and high validation error. Underfitting is the reverse: training "
        "error is high.",
        # not about the same thing: another subject, or too few of the claim's words
        "Use a lower learning rate and more dropout.",
        "The test error is high when the model is large.",
    ],
)
def test_what_is_not_a_turned_claim_is_not_flagged(answer: str) -> None:
    assert grade_reference(PROMPT, REFERENCE, answer).contradictions == ()


def test_minimizing_the_negative_is_maximizing() -> None:
    key = "Training maximizes the likelihood of the observed data."
    right = "Training is minimizing the negative log likelihood of the observed data."
    assert grade_reference("How is it trained?", key, right).contradictions == ()
    wrong = "Training minimizes the likelihood of the observed data."
    assert grade_reference("How is it trained?", key, wrong).contradictions


def test_only_reference_mode_reads_the_keys_claims() -> None:
    """A rubric has its own wrong claims (contradicts, about): the key's clauses are not used.
    An answer key with keywords is still graded in reference mode, and is read."""
    bank = Catalog(None).find("genai")
    grader = Grader(bank)
    rubric = next(q for q in bank if q.concepts and q.reference_answers)
    assert grader._prepare(rubric).reference_claims == []
    keyed = reference_question(PROMPT, REFERENCE, keywords=["training error"])
    grader = Grader(questions=[keyed])
    assert len(grader._prepare(keyed).reference_claims[0]) == 4
    wrong = RIGHT.replace("is low", "is HIGH").replace("is high", "is low")
    assert grader.grade(keyed, wrong).contradictions


@settings(max_examples=150, deadline=None)
@given(
    answers_of(
        "low high more less than not if but unlike training error validation data fix it is "
        "has with"
    )
)
def test_any_text_is_read_without_error_and_quoted_verbatim(answer: str) -> None:
    assert_quoted_verbatim_and_capped(grade_reference(PROMPT, REFERENCE, answer), answer)


def test_wrong_on_every_point_is_missing_and_right_on_some_is_weak() -> None:
    every = "Overfitting: high training error and low validation error. Fix it with less data."
    grade = grade_reference(PROMPT, REFERENCE, every)
    assert len(grade.contradictions) == 3
    assert grade.score <= OFF_TOPIC_CAP and grade.band == "missing"
    some = "Overfitting: low training error, high validation error. Fix it with less data."
    grade = grade_reference(PROMPT, REFERENCE, some)
    assert len(grade.contradictions) == 1
    assert OFF_TOPIC_CAP < grade.score <= CAP and grade.band == "weak"


def test_a_short_cannot_answer_to_a_two_sided_key_is_not_capped_as_negating_it() -> None:
    """play20 F3: "tuples cannot" was capped at 50 against "a tuple is immutable"."""
    key = "A list is mutable and a tuple is immutable; tuples can be dictionary keys."
    answer = "Lists can be changed but tuples cannot, so tuples can be dictionary keys."
    grade = grade_reference("How do lists and tuples differ?", key, answer)
    assert "negated" not in [p.signal for p in grade.explanation] and grade.score > CAP


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        ("Water is less dense than ice.", True),
        ("Ice is more dense than liquid water because hydrogen bonds hold the molecules.", True),
        ("Ice floats because it is less dense than water, held in an open lattice.", False),
        ("Liquid water is more dense than ice, because of hydrogen bonds.", False),
    ],
)
def test_a_claim_is_read_apart_from_its_reason(answer: str, wrong: bool) -> None:
    """play22 F9: "Water is less dense than ice" passed against a key whose claim ran on into
    "because hydrogen bonds hold the molecules in an open hexagonal lattice"."""
    key = (
        "Ice is less dense than liquid water because hydrogen bonds hold the molecules in an "
        "open hexagonal lattice."
    )
    assert [c.text for c in reference_claims(key)] == ["Ice is less dense than liquid water"]
    grade = grade_reference("Why does ice float on water?", key, answer)
    assert bool(grade.contradictions) is wrong


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        # play28 B1: "high" and "low contention" exchanged scored 89.2
        (
            "Pessimistic locking takes a lock on the row, so others wait; it suits low "
            "contention. Optimistic locking takes no lock and retries; it suits high contention.",
            True,
        ),
        (
            "Pessimistic locking takes a lock on the row, so others wait; it suits high "
            "contention. Optimistic locking takes no lock and retries; it suits low contention.",
            False,
        ),
        ("Optimistic locking retries. It suits low contention.", False),
        ("Pessimistic locking waits. It suits low contention.", True),
    ],
)
def test_a_claim_that_opens_with_it_is_said_of_what_it_refers_to(answer: str, wrong: bool) -> None:
    """ "it suits high contention" was a claim about nothing: said of either kind of locking,
    one way and the other, it was read as the key's way somewhere."""
    key = (
        "Pessimistic locking takes a lock on the row before changing it, so other transactions "
        "wait; it suits high contention. Optimistic locking takes no lock: it checks a version "
        "number at commit and retries if another transaction changed the row; it suits low "
        "contention."
    )
    grade = grade_reference("Optimistic or pessimistic locking?", key, answer)
    turned = [c for c in grade.contradictions if c.concept.endswith("(said the other way round)")]
    assert bool(turned) is wrong, grade.contradictions
    if wrong:
        assert not grade.passed


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        ("It is slower than a hard disk.", True),
        ("They are slower to access than a hard disk.", True),
        ("It is faster than a hard disk.", False),
        ("A hard disk holds more. It is slower than RAM.", False),
        ("So it is slower than a hard disk.", True),
    ],
)
def test_an_it_that_stands_for_nothing_said_is_the_keys_subject(answer: str, wrong: bool) -> None:
    """ "It is slower than a hard disk." answers "Which is faster, RAM or a hard disk?" of RAM,
    the subject of the key, and had passed the turned claim by as a restated question."""
    grade = grade_reference(
        "Which is faster to access, RAM or a hard disk?",
        "RAM is faster to access than a hard disk.",
        answer,
    )
    turned = [c for c in grade.contradictions if c.concept.endswith("(said the other way round)")]
    assert bool(turned) is wrong, grade.contradictions
    if wrong:
        assert_quoted_verbatim_and_capped(grade, answer)


def test_an_it_that_stands_for_nothing_is_not_read_when_the_key_has_two_subjects() -> None:
    key = (
        "Pessimistic locking takes a lock, so others wait; it suits high contention. "
        "Optimistic locking takes no lock and retries; it suits low contention."
    )
    grade = grade_reference("Optimistic or pessimistic locking?", key, "It suits low contention.")
    assert not [c for c in grade.contradictions if "other way round" in c.concept]


FITS_KEY = "A quantized model is about four times smaller, so it fits on smaller GPUs."


@pytest.mark.parametrize(
    "answer",
    [
        # stems48: "bigger" qualifies "models", "fewer" the GPUs: no "bigger GPUs"
        "Int4 cuts memory about fourfold, fitting bigger models on fewer GPUs at a small cost.",
        "It lets you run larger models on smaller GPUs.",
    ],
)
def test_an_opposite_written_before_another_noun_does_not_turn_the_claim(answer: str) -> None:
    claims = reference_claims(FITS_KEY)
    assert turned_around(claims, Answer.of(Text.of(answer))).turned == []


def test_the_opposite_before_the_claims_own_noun_still_turns_it() -> None:
    claims = reference_claims(FITS_KEY)
    answer = "A quantized model is smaller, so it fits only on larger GPUs."
    found = turned_around(claims, Answer.of(Text.of(answer))).turned
    assert [c.concept for c in found] == ["fits on smaller GPUs (said the other way round)"]
