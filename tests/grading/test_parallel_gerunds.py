"""A negation's reach ends at "or" / "and" opening a verb in -ing with its own object, parallel
to a verb before the negation (parallel_gerunds.py): probes46's correct answer on genai-016
("citing a paper that does not exist or inventing a quote") was told it denied 'fabricated
citation'. The denial still reaches a list of verbs in -ing it governs, and nouns in -ing."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("like citing a paper that does not exist or inventing a quote", "inventing", False),
        ("it does not stop and making things up is common", "making", False),
        ("works without retraining or rewriting the model", "rewriting", True),
        ("does not need labelling or annotating the data", "annotating", True),
        ("needs no labels or training data", "training", True),
        ("it does not exist or a quote", "quote", True),
    ],
)
def test_reach_of_a_negation(text: str, word: str, negated: bool) -> None:
    structure = Structure.of(Text.of(text))
    assert structure.negated(structure.text.words.index(word)) is negated


def test_example_after_a_denied_one_is_not_denied(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "A hallucination is when the model states something that sounds confident and fluent"
        " but is false or made up, like citing a paper that does not exist or inventing a quote."
    )
    grade = genai_grader.grade(genai.get("genai-016"), answer)
    assert not grade.contradictions
    assert "fabricated citation" in {m.concept for m in grade.matched}
