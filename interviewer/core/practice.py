"""Aids while answering: a word count and progressive hints drawn from the rubric."""

from __future__ import annotations

import re

from .bank import Question

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """Words in an answer, as a reader would count them (punctuation is not a word)."""
    return len(_WORD.findall(text))


def hint_steps(question: Question) -> tuple[str, ...]:
    """The hints of a question, gentlest first: its own hint, then one rubric concept name at
    a time, heaviest concept first. Each press of the hint key reveals one more."""
    steps: list[str] = []
    if question.hint:
        steps.append(question.hint)
    concepts = sorted(question.concepts, key=lambda c: -c.weight)
    steps += [f"Think about: {concept.name}" for concept in concepts]
    return tuple(steps)
