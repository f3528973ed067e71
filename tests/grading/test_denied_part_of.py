"""A thing said not to be part of what the question asks about: "latency and cost are not
part of monitoring" waves latency and cost away as "are not needed" does (denied_after.py,
deny47: wrong47's blind probe on genai-123 was credited with the alias "latency and cost")."""

from __future__ import annotations

import pytest

from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def denied(text: str, word: str) -> bool:
    s = Structure.of(Text.of(text))
    return s.denied_after(s.text.words.index(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Latency and cost are not part of monitoring", "latency"),
        ("Latency and cost are not part of monitoring", "cost"),
        ("Latency is not part of monitoring since it is infrastructure", "latency"),
        ("Latency is not a part of monitoring", "latency"),
        ("Latency isn't really part of monitoring", "latency"),
        ("Latency is no part of monitoring", "latency"),
    ],
)
def test_a_thing_said_not_to_be_part_of_it_is_denied(text: str, word: str) -> None:
    assert denied(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no denial
        ("Latency and cost are part of monitoring", "latency"),
        ("Latency and cost are part of monitoring", "cost"),
        ("Latency is an important part of monitoring", "latency"),
        # "not only part of": the thing is part of it and more
        ("Latency is not only part of monitoring but also of capacity planning", "latency"),
        # a modal before the negation: a rule about the thing, not its dismissal
        ("Test questions should not be part of the training data", "questions"),
        # "part" not followed by "of": another claim
        ("Latency is not part and parcel", "latency"),
        # the negation belongs to another clause
        ("Latency matters, and drift is not part of it", "latency"),
    ],
)
def test_other_sentences_are_read_as_before(text: str, word: str) -> None:
    assert not denied(text, word)


PROMPT = "What is model monitoring in production?"
REFERENCE = (
    "Monitoring tracks the inputs for drift, the quality of the outputs, latency and cost in "
    "production, and raises alerts when one of them moves."
)
KEYWORDS = ["drift", "latency", "cost", "alerts"]


def matched(answer: str) -> set[str]:
    grade = grade_reference(PROMPT, REFERENCE, answer, keywords=KEYWORDS)
    return {m.concept for m in grade.matched}


def test_a_key_term_said_not_to_be_part_of_it_is_not_detected() -> None:
    answer = "Monitoring watches for drift and raises alerts. Latency is not part of monitoring."
    assert "latency" not in matched(answer)


def test_a_key_term_said_to_be_part_of_it_is_detected() -> None:
    answer = "Monitoring watches for drift and raises alerts. Latency is part of monitoring."
    assert "latency" in matched(answer)
