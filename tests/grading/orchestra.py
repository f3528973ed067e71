"""Shared by the tests of list answers and of term chains: a list question, "Which musical
instruments does an orchestra have?", its subject and its own words, and the flags an answer to
it gets."""

from __future__ import annotations

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.flags import answer_flags
from interviewer.core.grading.text import Text, cached_stem

SUBJECT = frozenset(
    cached_stem(w)
    for w in "violins cellos flutes oboes trumpets horns timpani harps clarinets strings".split()
)
"""The question's subject: specific words of its (imagined) reference, none of its own."""

QUESTION = frozenset(cached_stem(w) for w in "musical instruments orchestra".split())
"""The question's own words."""


def list_flags(answer: str, subject: frozenset[str] = SUBJECT) -> list[str]:
    """The flags `answer_flags` gives `answer` to the question (a list asked for, `subject` its
    subject), thresholds 0.3."""
    text = Text.of(answer)
    flags: list[str] = []
    answer_flags(
        flags, text, Structure.of(text), QUESTION, 0.3, 0.3, 0.3, list_asked=True, subject=subject
    )
    return flags
