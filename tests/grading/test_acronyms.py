"""Acronyms read as what the reference's words stand for (reference mode)."""

from __future__ import annotations

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader, grade_reference, reference_question
from interviewer.core.grading.acronyms import Acronyms, initials, written_acronyms

STACK_QUESTION = "What is the difference between a stack and a queue?"
STACK_REFERENCE = (
    "A stack is last-in first-out: you push and pop at the same end. A queue is first-in "
    "first-out: you enqueue at the back and dequeue at the front."
)


def test_initials_of_runs_joined_by_spaces_or_hyphens_only() -> None:
    found = initials("A stack is last-in first-out: you push")
    assert found["lifo"] == "last in first out"
    assert "oy" not in found  # "out: you" crosses a colon


def test_written_acronyms_are_capitals_that_are_not_function_words() -> None:
    assert written_acronyms("RAG feeds the LLM documents; it will NOT run on a GPU") == {
        "rag",
        "llm",
        "gpu",
    }


def test_an_acronym_in_capitals_is_spelled_out_as_the_reference_does() -> None:
    acronyms = Acronyms.of([STACK_REFERENCE])
    assert acronyms.rewrite("a stack is LIFO, a queue is FIFO") == (
        "a stack is last in first out, a queue is first in first out"
    )


def test_lower_case_and_shouted_words_are_not_read_as_acronyms() -> None:
    acronyms = Acronyms.of(["They are separated so in different electrical states."])
    assert acronyms.rewrite("it is on the other side") == "it is on the other side"
    assert acronyms.rewrite("IT IS ON THE OTHER SIDE") == "IT IS ON THE OTHER SIDE"
    assert Acronyms.of([STACK_REFERENCE]).rewrite("it is lifo") == "it is lifo"


def test_a_spelled_out_acronym_of_the_reference_is_read_as_the_acronym() -> None:
    acronyms = Acronyms.of(["RAG retrieves documents for the model."])
    assert acronyms.rewrite("Retrieval-augmented generation retrieves documents") == (
        "RAG retrieves documents"
    )
    assert acronyms.rewrite("it does not apply") == "it does not apply"  # not after "does"


def test_a_one_line_answer_in_acronyms_passes_against_a_spelled_out_reference() -> None:
    # scored 34.8 (weak) when LIFO and FIFO were read as two unknown words
    grade = grade_reference(STACK_QUESTION, STACK_REFERENCE, "a stack is LIFO, a queue is FIFO")
    spelled = grade_reference(
        STACK_QUESTION,
        STACK_REFERENCE,
        "a stack is last in first out, a queue is first in first out",
    )
    assert grade.passed
    assert grade.score == spelled.score


def test_acronyms_are_read_in_reference_mode_only() -> None:
    question = reference_question(STACK_QUESTION, [STACK_REFERENCE])
    assert Grader(questions=[question])._prepare(question).acronyms is not None
    bank = Catalog(None).find("genai")
    rubric_question = next(q for q in bank if q.concepts)
    assert Grader(bank)._prepare(rubric_question).acronyms is None


def test_an_acronym_the_question_itself_uses_is_not_spelled_out() -> None:
    # the user's keyword "LIFO" went unmatched once the answer's LIFO was spelled out
    acronyms = Acronyms.of([STACK_REFERENCE], used={"lifo"})
    assert acronyms.rewrite("a stack is LIFO, a queue is FIFO") == (
        "a stack is LIFO, a queue is first in first out"
    )
    grade = grade_reference(
        STACK_QUESTION, STACK_REFERENCE, "LIFO, you push and pop", keywords=["LIFO", "push"]
    )
    assert sorted(m.concept for m in grade.matched) == ["LIFO", "push"]


def test_an_answers_form_is_judged_as_written_not_as_its_acronyms_are_read() -> None:
    # a buzzword string passed at 71.2 once "ANN" read as three words hid its keyword list
    question = "What is a vector database?"
    reference = (
        "A database that stores embedding vectors and finds the closest ones to a query by "
        "approximate nearest neighbor search, for retrieval."
    )
    answer = "Embeddings and HNSW and cosine similarity and ANN and Pinecone and pgvector and RAG"
    grade = grade_reference(question, reference, answer)
    assert "keyword_list" in grade.flags
    assert not grade.passed
