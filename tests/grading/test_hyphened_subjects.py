"""A subject named with a counting word joined by a hyphen ("weight-only") is named only where
the answer says that word too (subjects/contrast.py `hyphened_counting`): "int8 weights" does
not name weight-only quantization."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import COUNTING, Answer
from interviewer.core.grading.subjects import prepare_subjects
from interviewer.core.grading.subjects.contrast import hyphened_counting
from interviewer.core.grading.subjects.mentions import Mentions
from interviewer.core.grading.text import Text

CONCEPTS = (
    Concept("serves stale data", 2.0, ("stale data",), about=("read-only replica", "read-only")),
    Concept("takes every write", 2.0, ("takes the writes",), about=("primary",)),
)


def _named(answer: str) -> list[list[str]]:
    text = Text.of(answer)
    mentions = Mentions.of(prepare_subjects(CONCEPTS), Answer.of(text))
    return [[text.words[p] for p in found] for found in mentions.positions]


def test_the_word_alone_does_not_name_the_subject() -> None:
    assert _named("The primary takes the writes; reads are cheap.") == [[], ["primary"]]
    assert _named("A read-only replica may serve stale data.") == [["read"], []]
    assert _named("The read only copy lags behind.") == [["read"], []]


def test_hyphened_counting_words_are_kept() -> None:
    assert hyphened_counting("weight-only quantization") == frozenset({"only"})
    assert hyphened_counting("decoder-only") == frozenset({"only"})
    assert hyphened_counting("weight only") == frozenset()
    assert hyphened_counting("low-rank adapters") == frozenset()


def test_a_claim_after_a_compound_holding_the_word_is_no_swap() -> None:
    concepts = (CONCEPTS[0], Concept("takes every write", 2.0, ("all writes",), about=("primary",)))
    question = Question(
        id="t",
        prompt="When is a read-only replica better than the primary?",
        reference_answers=(
            "A read-only replica may serve stale data; the primary takes all writes.",
        ),
        concepts=concepts,
    )
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    for said in (
        "Under heavy load, so read-and-write setups like the primary (taking all writes) stay "
        "consistent.",
        "Reports run elsewhere, so read-and-write schemes such as a primary (handling all "
        "writes) keep data fresh.",
    ):
        assert grader.grade(question, said).contradictions == ()


@settings(max_examples=40, deadline=None)
@given(
    word=st.sampled_from(sorted(COUNTING)),
    head=st.sampled_from(["weight", "encoder", "decoder", "read"]),
)
def test_every_counting_word_joined_by_a_hyphen_is_part_of_the_name(word: str, head: str) -> None:
    assert hyphened_counting(f"{head}-{word} scheme") == frozenset({word})
    assert hyphened_counting(f"{head} {word} scheme") == frozenset()
