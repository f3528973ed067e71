"""Reference mode's grade: the score against the best reference, its caps and its feedback
(reference_scoring/grade.py; its signals and blend have their own test files)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from interviewer.core.grading import Grader, grade_reference, reference_question, reference_scoring
from interviewer.core.grading.feedback import CLOSE_TO_KEY_NOTE, GOOD_NOTE
from interviewer.core.grading.reference_scoring import (
    ReferenceBlend,
    ReferenceSignals,
    capped_score,
)
from interviewer.core.grading.result import PASS_CUTOFF, Grade

PROMPT = (
    "Grace mixed eggshells with a liquid. The eggshells were gone and the liquid was clear. "
    "Why does she think she made a solution?"
)
REFERENCE = "The eggshells dissolved: they disappeared and the mixture stayed a clear liquid."


def test_a_short_answer_loses_length_points_a_long_one_does_not() -> None:
    short = grade_reference(PROMPT, REFERENCE, "dissolved")
    long = grade_reference(
        PROMPT, REFERENCE, "The eggshells dissolved and disappeared, so the mixture stayed clear."
    )
    assert any(p.signal == "length" and p.points < 0 for p in short.explanation)
    assert not any(p.signal == "length" for p in long.explanation)


def test_restating_the_question_fails_but_naming_its_scenario_rightly_passes() -> None:
    restated = grade_reference(PROMPT, REFERENCE, "She thinks she made a solution.")
    right = grade_reference(
        PROMPT, REFERENCE, "The eggshells were gone because they dissolved, and it stayed clear."
    )
    assert not restated.passed
    assert right.passed and right.score > restated.score + 30


def test_the_score_is_the_sum_of_its_parts_before_caps() -> None:
    grade = grade_reference(PROMPT, REFERENCE, "They dissolved into the liquid and it is clear.")
    parts = {p.signal: p.points for p in grade.explanation}
    assert set(parts) >= {"base", "similarity", "coverage"}
    if not set(parts) & {"too_short", "restates_question", "off_topic", "keyword_list"}:
        assert grade.score == pytest.approx(max(0.0, sum(parts.values())), abs=0.2)


def test_an_answer_using_the_references_words_scores_above_one_adding_its_own() -> None:
    own = grade_reference(PROMPT, REFERENCE, "The eggshells dissolved; I saw magic sparkles too.")
    kept = grade_reference(PROMPT, REFERENCE, "The eggshells dissolved; it stayed a clear liquid.")
    precision = {g: next(p.value for p in g.explanation if p.signal == "precision") for g in (own,)}
    assert precision[own] < 1.0
    assert kept.score > own.score


def test_restating_or_a_keyword_list_cannot_pass_even_when_similar() -> None:
    grade = grade_reference(PROMPT, REFERENCE, "dissolved, disappeared, mixture, clear liquid")
    assert "keyword_list" in grade.flags
    assert grade.score <= reference_scoring.CAP < PASS_CUTOFF


def test_a_reference_the_answer_negates_caps_the_score_on_it() -> None:
    blend = ReferenceBlend(50.0, 30.0, 1.0, 20.0, 13.0, "", 13.0, 5.0, 8.0)
    agrees = ReferenceSignals(0.4, 1.0, 0.0, 1.0, False, False, 1, (), (0.4, 0.4), 5, 5)
    negates = replace(agrees, negated=True)
    assert capped_score(blend, agrees) == blend.score(agrees) > PASS_CUTOFF
    assert capped_score(blend, negates) == reference_scoring.CAP < blend.score(negates)


def test_an_off_topic_answer_is_missing_not_weak() -> None:
    # a paragraph about a holiday scored 50 ("weak") against a stack-and-queue reference when
    # every cap was 50; an answer sharing nothing with the question or the reference is missing
    from interviewer.core.grading.reference_scoring import OFF_TOPIC_CAP

    grade = grade_reference(
        "What is the difference between a stack and a queue?",
        "A stack is last-in first-out: you push and pop at the same end. A queue is first-in "
        "first-out: you enqueue at the back and dequeue at the front.",
        "I really enjoyed my holiday in Spain last summer, the food was great and the beaches "
        "were lovely, and we visited many museums in Madrid and Barcelona.",
    )
    assert "off_topic" in grade.flags
    assert grade.score <= OFF_TOPIC_CAP
    assert grade.band == "missing"


STACK_QUESTION = "What is the difference between a stack and a queue?"
STACK_REFERENCE = (
    "A stack is last-in first-out: you push and pop at the same end. A queue is first-in "
    "first-out: you enqueue at the back and dequeue at the front."
)


@pytest.mark.parametrize(
    "answer",
    [
        "What is the difference between a stack and a queue?",
        "There is a difference between a stack and a queue.",
    ],
)
def test_the_question_said_again_is_missing_not_weak(answer: str) -> None:
    # scored 38.1 ("weak") when every restatement was capped at 50
    from interviewer.core.grading.reference_scoring import OFF_TOPIC_CAP

    grade = grade_reference(STACK_QUESTION, STACK_REFERENCE, answer)
    assert "restates_question" in grade.flags
    assert grade.score <= OFF_TOPIC_CAP
    assert grade.band == "missing"


def test_says_the_question_again_needs_no_new_word_and_half_the_questions_words() -> None:
    from interviewer.core.grading.reference_scoring import says_the_question_again

    question = reference_question(STACK_QUESTION, [STACK_REFERENCE])
    grader = Grader(questions=[question])
    stems = grader._prepare(question).question_stems

    def says(answer: str) -> bool:
        read = grader._read(question, answer, [])
        assert not isinstance(read, Grade)
        return says_the_question_again(read[1], stems)

    assert says("the difference between a stack and a queue")
    assert not says("a stack")  # one of the question's three words: a pick, not the question
    assert not says("the difference between a stack and a queue is the order")


def test_the_negation_cap_says_why_in_the_feedback() -> None:
    """play23 F3: a short answer with "no" was capped at 50 and only the score line said so.
    The answer denies what the key states (beetle57: "no parent is bigger than its children",
    the key's own claim said with a negation, is no longer read as its opposite)."""
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.reference_scoring import NEGATED_NOTE

    key = (
        "A heap is a tree-based data structure where each parent is smaller than or equal to its "
        "children, so the minimum is always at the root."
    )
    answer = "A heap is a tree where no parent is smaller than its children."
    grade = grade_reference("What is a heap?", key, answer)
    lowered = any(p.signal in ("negated", "negation") and p.points < 0 for p in grade.explanation)
    assert lowered and NEGATED_NOTE in grade.feedback
    assert not grade.passed
    plain = grade_reference("What is a heap?", key, key)
    assert NEGATED_NOTE not in plain.feedback


ACID = "Atomicity, Consistency, Isolation, Durability."


def test_an_answer_key_that_is_a_list_is_answered_by_the_list() -> None:
    """play24 A3: the key's own words were capped at 50 as a keyword string, and only two of
    its four terms were looked for."""
    grade = grade_reference("What does ACID stand for?", ACID, ACID)
    assert grade.band == "strong" and "keyword_list" not in grade.flags
    assert len(grade.matched) == 4
    part = grade_reference(
        "What does ACID stand for?", ACID, "Consistency, durability, tables, rows."
    )
    assert not part.passed and "keyword_list" in part.flags
    assert {m.lower() for m in part.missed} == {"atomicity", "isolation"}


def test_a_string_of_terms_is_still_one_when_the_key_is_written_in_sentences() -> None:
    key = "Atomicity means a transaction is all or nothing; durability means it survives a crash."
    grade = grade_reference(
        "What does ACID stand for?", key, "Atomicity, durability, crash, transaction."
    )
    assert "keyword_list" in grade.flags and not grade.passed


def test_a_swapped_contrast_is_a_central_error_and_cannot_score_above_missing() -> None:
    """play24 A2: a swap was capped at 50 (`weak`); the guide caps a central error at 1."""
    key = (
        "A list is mutable, while a tuple is immutable. Tuples are slightly faster and can be "
        "used as dictionary keys."
    )
    swapped = (
        "A tuple is mutable, while a list is immutable. Lists are slightly faster and can be "
        "used as dictionary keys."
    )
    grade = grade_reference("What is the difference between a list and a tuple?", key, swapped)
    assert grade.band == "missing" and grade.score <= 25.0 and grade.contradictions


def test_a_strong_grade_against_a_key_alone_does_not_claim_the_key_points_were_checked() -> None:
    """play28: "Good answer: it covers the key points." was said of answers whose claims were
    never checked (reference mode has no rubric)."""
    key = (
        "Write-through writes to the cache and the database at the same time, so data is safe "
        "but writes are slower. Write-back writes only to the cache and flushes to the database "
        "later, so writes are fast but data can be lost if the cache fails."
    )
    grade = grade_reference("Compare write-through and write-back caching.", key, key)
    assert grade.band == "strong"
    assert grade.feedback == (CLOSE_TO_KEY_NOTE,)
    assert GOOD_NOTE not in grade.feedback


def test_opposite_answers_to_a_teachers_key_are_bands_apart() -> None:
    """play28 minor 3: the right answer scored 82-87 and the one saying the opposite 68-69, a
    14-17 point spread on a scale where every answer started at 50. At 20 points per unit of
    log-odds (key29) the right one is `strong` and the spread is over 20 points."""
    from interviewer.core.grading import grade_reference

    key = (
        "An index is a separate data structure, usually a B-tree, that lets the database find "
        "rows without scanning the whole table, so reads become faster. The cost is extra "
        "storage and slower writes, because every insert, update and delete must also update "
        "the index."
    )
    words = ["B-tree", "storage", "slower writes"]
    question = "What is a database index and what does it cost?"
    right = grade_reference(
        question,
        key,
        "An index is like a book's index: a B-tree kept next to the table so the database can "
        "jump straight to matching rows instead of reading everything. Reads get faster, but it "
        "takes extra disk space and every insert, update or delete also has to update the "
        "index, so writes get slower.",
        keywords=words,
    )
    wrong = grade_reference(
        question,
        key,
        "An index makes writes faster because the database knows where to put new rows, and it "
        "uses no extra storage since it is part of the table. Reads are slightly slower because "
        "the index has to be checked first.",
        keywords=words,
    )
    assert right.band == "strong"
    assert not wrong.passed
    assert right.score - wrong.score > 20


INDEX_KEY = (
    "An index is a separate data structure, usually a B-tree, that lets the database find rows "
    "without scanning the whole table, so reads and lookups get faster. The cost is extra "
    "storage and slower writes, because every insert, update and delete must also update the "
    "index."
)
INDEX_Q = "What is a database index and what does it cost?"


def test_a_string_of_terms_is_not_told_it_says_not() -> None:
    """play29 F12: "B-tree, faster reads, ..." has no negation, yet was told it says "not"."""
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.reference_scoring import NEGATED_NOTE, UNNEGATED_NOTE

    for answer in (
        "B-tree, faster reads, extra storage, slower writes",
        "B-tree\nfaster reads\nextra storage\nslower writes",
    ):
        grade = grade_reference(INDEX_Q, INDEX_KEY, answer)
        assert "keyword_list" in grade.flags
        assert NEGATED_NOTE not in grade.feedback and UNNEGATED_NOTE not in grade.feedback


def test_a_short_answer_without_the_keys_negation_is_told_which_side_negates() -> None:
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.reference_scoring import NEGATED_NOTE, UNNEGATED_NOTE

    # it speaks to what the key denies (scanning the whole table), with no negation
    grade = grade_reference(INDEX_Q, INDEX_KEY, "An index scans the whole table for rows.")
    assert UNNEGATED_NOTE in grade.feedback and NEGATED_NOTE not in grade.feedback


def test_an_answer_off_the_topic_is_not_told_about_negations() -> None:
    """An answer about a holiday was told the key says its point with a negation and it none:
    what it lacks is the topic, which the off-topic note says."""
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.reference_scoring import NEGATED_NOTE, UNNEGATED_NOTE

    key = (
        "A mutex lets only one thread at a time enter a critical section, so data is not corrupted."
    )
    grade = grade_reference(
        "What does a mutex do?", key, "I went to the beach last summer and it was lovely."
    )
    assert "off_topic" in grade.flags
    # it says nothing the key denies (data corrupted), so it is not read as its opposite
    # either (play42: denied_terms.py)
    assert not any(p.signal == "negation" and p.points < 0 for p in grade.explanation)
    assert NEGATED_NOTE not in grade.feedback and UNNEGATED_NOTE not in grade.feedback
    assert grade.feedback
