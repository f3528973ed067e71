"""A concept said only after "rather than", "instead of" or "as opposed to", following its
clause's own words, is what the candidate says is not so, and is not credited (passed_over.py,
wrong46: the wrong46 probe to genai-006 was credited "autoregressive generation" from "fills
all positions in a single pass rather than one token at a time"). The way not taken is still
credited where the phrase opens its clause, where a verb of its own follows, after a removal
verb, and where the concept's description names a foil."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching.answer import Answer
from interviewer.core.grading.passed_over import names_a_foil, passing_over
from interviewer.core.grading.text import Text


def passed(text: str, words: str) -> bool:
    """Whether `words` (a run of the answer's words) is passed over in `text`."""
    answer = Answer.of(Text.of(text))
    run = words.split()
    all_words = answer.text.words
    start = next(i for i in range(len(all_words)) if all_words[i : i + len(run)] == run)
    positions = list(range(start, start + len(run)))
    return answer.structure.passed_over(positions)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It writes all positions in one pass rather than one token at a time.", "token"),
        ("It retrieves the closest image rather than generating a new one.", "generating"),
        ("The model reads the whole prompt at once, as opposed to left to right.", "left"),
        ("RAG looks the facts up instead of storing them in the weights.", "weights"),
        ("It fills every position at once, rather than one token at a time.", "token"),
    ],
)
def test_after_the_clause_own_words_is_passed_over(text: str, words: str) -> None:
    assert passed(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # opens its clause: the background of the claim
        ("Instead of storing all activations, you save a few checkpoints.", "activations"),
        ("Rather than one token at a time, it writes every position at once.", "token"),
        ("So instead of updating a full matrix, you train two small ones.", "matrix"),
        # a verb of its own after "and"
        ("It is limited by memory rather than arithmetic and needs quadratic memory.", "memory"),
        # after a removal verb, what is kept
        ("GRPO removes the reward model rather than the critic.", "critic"),
        # the phrase is part of the words found
        ("RAG adds knowledge instead of retraining the model.", "instead of retraining"),
        # before the phrase
        ("It writes one token at a time rather than all at once.", "token"),
    ],
)
def test_the_way_not_taken_said_otherwise_is_not(text: str, words: str) -> None:
    assert not passed(text, words)


def test_words_in_two_clauses_are_not_passed_over() -> None:
    text = Text.of("It fills every slot rather than the first, and then it writes one token.")
    answer = Answer.of(text)
    words = answer.text.words
    positions = [words.index("first"), words.index("token")]
    structure = answer.structure
    found = passing_over(words, text.stems, structure.clauses, structure.sentences, positions)
    assert found == -1


@pytest.mark.parametrize(
    ("description", "foil"),
    [
        ("Normally all forward-pass activations are kept for backpropagation.", True),
        ("Numbers are stored as 8-bit or 4-bit integers instead of 16-bit floats.", True),
        ("Beam search finds higher-probability sequences than greedy.", True),
        ("At inference it writes text one token at a time.", False),
    ],
)
def test_a_description_that_sets_the_concept_against_another_way(
    description: str, foil: bool
) -> None:
    assert names_a_foil(description) is foil


def test_the_probe_loses_autoregressive_generation(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "GPT is a transformer that generates text by filling all positions in parallel in a "
        "single pass rather than one token at a time."
    )
    grade = genai_grader.grade(genai.get("genai-006"), answer)
    assert "autoregressive generation" not in {m.concept for m in grade.matched}
    right = "GPT generates text one token at a time rather than all positions in one pass."
    grade = genai_grader.grade(genai.get("genai-006"), right)
    assert "autoregressive generation" in {m.concept for m in grade.matched}


def test_the_usual_way_named_by_a_foil_concept_is_credited(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "Gradient checkpointing recomputes intermediate results during backpropagation "
        "instead of storing all activations."
    )
    grade = genai_grader.grade(genai.get("genai-049"), answer)
    assert "stored activations" in {m.concept for m in grade.matched}
