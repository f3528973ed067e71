"""Two subjects' names found over the same words: the name written out word for word first
wins. In "Forward KL from teacher to student is mode-covering", "forward KL" is written out
at its first word; "KL(student || teacher)", whose words are found in another order from
"KL" on, is not named there. Only a name whose words stand next to each other, in order,
covers the start of another (a loose match spread over a window covers nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from ..matching import Answer
from .contrast import Subject


def _written_out(subject: Subject, answer: Answer, start: int) -> int:
    """The last word of the longest name of `subject` written word for word at `start`, or
    `start` itself when none of its names of two words or more is."""
    last = start
    for phrase in subject.phrases:
        if len(phrase.tokens) < 2:
            continue
        if all(
            start + k in answer.find(word, stem, fuzzy)[0]
            for k, (word, stem, fuzzy) in enumerate(phrase.tokens)
        ):
            last = max(last, start + len(phrase.tokens) - 1)
    return last


def uncovered(subjects: Sequence[Subject], answer: Answer, found: list[set[int]]) -> list[set[int]]:
    """`found` (each subject's mention starts) without the mentions that start inside another
    subject's name written out word for word before them."""
    covered: set[tuple[int, int]] = set()  # (subject, start) to drop
    for i, starts in enumerate(found):
        for p in starts:
            last = _written_out(subjects[i], answer, p)
            for j, others in enumerate(found):
                if j != i:
                    covered.update((j, q) for q in others if p < q <= last)
    return [{q for q in starts if (j, q) not in covered} for j, starts in enumerate(found)]
