"""A preposition that opens its clause sets the topic ("For retrieval, ..."), and so does one
that follows only a joining word at its clause's start ("..., and for generation check
faithfulness"): its object is what the clause is said of, not an object set aside."""

from __future__ import annotations

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects.mentions import object_of
from interviewer.core.grading.text import Text


def is_object(text: str, word: str) -> bool:
    answer = Answer.of(Text.of(text))
    return object_of(answer, answer.text.words.index(word))


def test_a_preposition_after_a_joining_word_opening_its_clause_sets_the_topic() -> None:
    assert not is_object("For cats use a box, and for dogs use a lead", "dogs")
    assert not is_object("For cats use a box, but for dogs use a lead", "dogs")
    assert not is_object("For dogs use a lead", "dogs")


def test_a_preposition_inside_a_clause_still_takes_an_object() -> None:
    assert is_object("The box is used for cats and for dogs", "dogs")
    assert is_object("Use a box, and store it for dogs", "dogs")


def test_a_metric_of_the_generation_step_given_its_topic_is_no_swap(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "For retrieval use recall@k and MRR, where higher is better, and for generation check "
        "faithfulness to the retrieved context and answer relevance."
    )
    grade = genai_grader.grade(genai.get("genai-143"), answer)
    assert "contradiction" not in grade.flags
    assert "faithfulness" in {m.concept for m in grade.matched}
    swapped = (
        "For generation use recall@k and MRR, and for retrieval check faithfulness to the "
        "retrieved context."
    )
    assert "contradiction" in genai_grader.grade(genai.get("genai-143"), swapped).flags
