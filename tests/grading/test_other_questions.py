"""An answer to another question of the topic is flagged and capped (other_questions.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Question
from interviewer.core.grading.other_questions import (
    OTHER_CLOSE_COVERAGE,
    OTHER_CLOSE_RATIO,
    OTHER_COVERAGE,
    OTHER_RATIO,
    OTHER_SIMILARITY,
    OtherQuestions,
    answers_another,
    may_answer_another,
)

# written for this test: correct answers to one genai question, none from the devset
SAMPLING = (
    "Nucleus sampling keeps the smallest set of candidate tokens whose probabilities add up "
    "to a threshold such as 0.9 and samples the next token among them, while top-k keeps a "
    "fixed number k of the most likely tokens; both cut off the unlikely tail."
)
"""Answers "What are top-k and top-p sampling?" (genai-032)."""
CACHE = (
    "While decoding, the keys and values of the earlier tokens are stored per layer, so each "
    "new token computes its own query, key and value and attends to the stored ones instead "
    "of recomputing the whole prefix; the stored tensors grow with the sequence length."
)
"""Answers "How does the KV cache trade memory for speed ...?" (genai-144)."""


def test_an_answer_closer_to_another_questions_reference_answers_that_question() -> None:
    assert answers_another(0.1, 0.3, 0.0)
    assert answers_another(OTHER_RATIO * 0.4 - 0.01, 0.4, OTHER_COVERAGE - 0.01)


def test_an_answer_three_times_closer_to_another_question_may_credit_up_to_half() -> None:
    assert answers_another(OTHER_CLOSE_RATIO * 0.45 - 0.01, 0.45, OTHER_CLOSE_COVERAGE)
    assert answers_another(0.1, 0.36, 0.4)
    assert may_answer_another(OTHER_CLOSE_COVERAGE)


@pytest.mark.parametrize(
    ("own", "other", "coverage"),
    [
        (0.1, 0.25, OTHER_COVERAGE),  # a quarter credited, under three times as close
        (0.05, 0.3, OTHER_CLOSE_COVERAGE + 0.01),  # over half of the rubric: an answer
        (0.05, OTHER_SIMILARITY - 0.01, 0.4),  # far from every reference
        (0.05, OTHER_SIMILARITY - 0.01, 0.0),  # plain words, far from every reference
        (0.2, 0.3, 0.0),  # its own reference is close enough
    ],
)
def test_no_other_question_is_answered(own: float, other: float, coverage: float) -> None:
    assert not answers_another(own, other, coverage)


ratios = st.floats(0.0, 1.0, allow_nan=False)


@given(ratios, ratios, ratios, ratios, ratios)
def test_closer_to_the_other_and_crediting_less_never_unflags(
    own: float, other: float, coverage: float, less: float, more: float
) -> None:
    """Monotone: lowering the own similarity or the coverage, or raising the other question's
    similarity, keeps a flagged answer flagged."""
    if answers_another(own, other, coverage):
        assert answers_another(own * less, other, coverage)
        assert answers_another(own, other, coverage * less)
        assert answers_another(own, min(1.0, other + more), coverage)
        assert may_answer_another(coverage)


def test_a_question_without_a_topic_or_neighbour_has_no_other_questions() -> None:
    alone = Question("q1", "What is a cache?", ("A cache keeps recent results.",))
    other = Question("q2", "What is a queue?", ("A queue is first in, first out.",), topic="t")
    assert OtherQuestions.of(alone, [alone, other], lambda _: None) is None
    single = Question("q3", "What is a stack?", ("Last in, first out.",), topic="s")
    assert OtherQuestions.of(single, [single, other], lambda _: None) is None


@pytest.mark.parametrize(
    ("question_id", "answer", "answered"),
    [
        ("genai-033", SAMPLING, "What are top-k and top-p sampling?"),
        ("genai-049", CACHE, "How does the KV cache trade memory for speed"),
    ],
)
def test_an_answer_to_a_neighbouring_question_is_capped_and_told_which(
    genai, genai_grader, question_id: str, answer: str, answered: str
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert "another_question" in grade.flags
    assert grade.band == "missing" and grade.score <= 20
    assert answered in grade.feedback[0]


@pytest.mark.parametrize(("question_id", "answer"), [("genai-032", SAMPLING), ("genai-144", CACHE)])
def test_the_same_answer_to_its_own_question_is_not_flagged(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert "another_question" not in grade.flags
    assert grade.score > 50


def test_every_reference_answer_answers_its_own_question(genai, genai_grader) -> None:
    flagged = [
        q.id
        for q in genai.questions
        for reference in q.reference_answers
        if "another_question" in genai_grader.grade(q, reference).flags
    ]
    assert flagged == []


def test_the_answers_own_weighted_features_give_the_same_similarities_to_other_questions(
    genai, genai_grader
) -> None:
    """speed43: the closest other reference is found from the features the answer's own
    similarities weighted (`AnswerSimilarities.whole`), one by one and in a batch, to the
    last bit of what reading the answer again gives."""
    from interviewer.core.grading import Grade
    from interviewer.core.grading.meaning_many import many_similarities

    grader = genai_grader.fit()
    questions = [q for q in genai.questions if q.topic][::7]
    # each question answered with a neighbour's reference, its own, and answers of mine
    answers = [SAMPLING, CACHE, "tokens", "The model caches keys, not values, per layer."]
    compared = 0
    for number, question in enumerate(questions):
        neighbour = questions[(number + 1) % len(questions)]
        texts = [*answers, neighbour.reference_answers[0], question.reference_answers[-1]]
        reads = [grader._read(question, text, []) for text in texts]
        reads = [read for read in reads if not isinstance(read, Grade)]
        prepared = reads[0][0]
        grader._closest_other(question, prepared, reads[0][1], reads[0][2])  # made once
        if prepared.others is None:
            continue
        batch = many_similarities(
            prepared.texts,
            grader._words,
            grader._chars,
            [(parsed.text, grader._units(prepared, parsed)) for _, parsed, _ in reads],
            prepared.question_stems,
        )
        for (_, parsed, found), batched in zip(reads, batch, strict=True):
            args = (grader._words, grader._chars, parsed.text, prepared.question_stems)
            again = prepared.others.closest(*args)
            assert found.whole is not None and batched.whole is not None
            assert prepared.others.closest(*args, found.whole) == again
            assert prepared.others.closest(*args, batched.whole) == again
            assert found.whole.to_references(prepared.texts) == found.references
            compared += 1
    assert compared > 50
