"""A question that asks what its acronym stands for ("What does ACID stand for?"): spelling the
acronym out is the answer, not the question said again, and not a string of terms, as long as
the words are the key's own (restated.asks_for_expansion, restated.spells_an_acronym)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Question
from interviewer.core.grading import Grader
from interviewer.core.grading.restated import asks_for_expansion, spells_an_acronym
from interviewer.core.grading.text import Text

KEY = (
    "ACID stands for atomicity, consistency, isolation and durability: the four guarantees a "
    "database transaction gives."
)
ACID = Question(id="acid", prompt="What does ACID stand for?", reference_answers=(KEY,))
WORDS = ("atomicity", "consistency", "isolation", "durability")


@pytest.mark.parametrize(
    "prompt",
    [
        "What does ACID stand for?",
        "What is RAM short for?",
        "Expand the acronym SQL.",
        "Expand RAM.",
        "Expand GPU",
        "What is the expansion of HTTP?",
        "What is the full form of CPU?",
        "What does the abbreviation HTTP mean?",
    ],
)
def test_questions_that_ask_for_the_expansion(prompt: str) -> None:
    assert asks_for_expansion(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "What is ACID in databases?",
        "Why do databases need ACID transactions?",
        "How would you expand an LLM's context window?",
        "When would you expand the RAID array?",
        "What limits the expansion of RAG pipelines to new domains?",
    ],
)
def test_questions_that_do_not(prompt: str) -> None:
    assert not asks_for_expansion(prompt)


@pytest.mark.parametrize(
    ("answer", "spelled"),
    [
        ("Atomicity, consistency, isolation and durability.", True),
        ("atomicity consistency isolation durability", True),
        ("It means atomicity, consistency, isolation, durability.", True),
        ("atomicity, consistency, integrity, durability", False),  # not the key's word
        ("atomicity and durability", False),
    ],
)
def test_spelled_with_the_keys_words(answer: str, spelled: bool) -> None:
    assert spells_an_acronym(Text.of(answer), frozenset({"acid"}), set(WORDS)) is spelled


@given(st.lists(st.sampled_from(["alpha", "beta", "x", "and", ",", "ACID", "é"]), max_size=12))
def test_any_text_is_read(words: list[str]) -> None:
    text = Text.of(" ".join(words))
    found = spells_an_acronym(text, frozenset({"acid", "ab"}))
    assert found is ("acid" in "".join(w[0] for w in (text.words[i] for i in text.content)))


@pytest.fixture(scope="module")
def acid_grader() -> Grader:
    return Grader(None, questions=[ACID])


@pytest.mark.parametrize(
    "answer",
    [
        "atomicity consistency isolation durability",
        "Atomicity, consistency, isolation and durability.",
    ],
)
def test_the_expansion_passes_unflagged(acid_grader: Grader, answer: str) -> None:
    grade = acid_grader.grade(ACID, answer)
    assert "restates_question" not in grade.flags
    assert "keyword_list" not in grade.flags
    assert grade.score >= 70  # was 12.5 "you restated the question", and 50 with commas


def test_a_wrong_letter_stays_a_string_of_terms(acid_grader: Grader) -> None:
    grade = acid_grader.grade(ACID, "atomicity, consistency, integrity, durability")
    assert "keyword_list" in grade.flags
    assert grade.score <= 50


def test_the_acronym_alone_still_restates_the_question(acid_grader: Grader) -> None:
    grade = acid_grader.grade(ACID, "ACID.")
    assert grade.score < 50
