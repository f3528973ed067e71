"""Shared by the tests of who a statement is said of (subjects/): the attribution of a phrase
matched at the first occurrence of each of its words, in order, after the ones before."""

from __future__ import annotations

from interviewer.core.bank import Concept
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects import (
    Mentions,
    attribution,
    prepare_subjects,
    subject_index,
)
from interviewer.core.grading.text import Text


def said_of(
    pair: tuple[Concept, Concept], text: str, words: list[str], concept: Concept
) -> tuple[bool, str | None]:
    """(said of its own subject, the swap message or None) for `concept`'s phrase at `words`,
    in a question contrasting the subjects of the two concepts of `pair`."""
    subjects = prepare_subjects(list(pair))
    answer = Answer.of(Text.of(text))
    positions: list[int] = []
    for word in words:
        start = positions[-1] + 1 if positions else 0
        positions.append(answer.text.words.index(word, start))
    index = subject_index(concept, subjects)
    return attribution(index, answer, Mentions.of(subjects, answer), subjects, positions)
