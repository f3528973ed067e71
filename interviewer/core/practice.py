"""Aids while answering: a word count and progressive hints drawn from the rubric."""

from __future__ import annotations

import re
from functools import lru_cache

from .bank import Question

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """Words in an answer, as a reader would count them (punctuation is not a word)."""
    return len(_WORD.findall(text))


STAR_HINTS = (
    "the situation",
    "your task in it",
    "the actions you took yourself",
    "the result, with a number",
    "what you learned",
)
"""A behavioural (STAR) question's hints: the parts its answer is graded on."""
KEY_TERM_HINTS = 4
"""A question with no rubric hints at most this many key terms of its reference answer."""


def hint_steps(question: Question) -> tuple[str, ...]:
    """The hints of a question, gentlest first: its own hint, then one rubric concept name at
    a time, heaviest concept first. Each press of the hint key reveals one more. A question
    with no rubric (an imported list) hints at the key terms of its reference answer, and a
    behavioural one at the STAR parts."""
    steps: list[str] = []
    if question.hint:
        steps.append(question.hint)
    if question.rubric == "star":
        return (*steps, *(f"Think about: {part}" for part in STAR_HINTS))
    if question.concepts:
        concepts = sorted(question.concepts, key=lambda c: -c.weight)
        names = [concept.name for concept in concepts]
    elif question.reference_answers:
        names = list(_key_terms(question.prompt, question.reference_answers[0]))[:KEY_TERM_HINTS]
    else:
        names = []
    steps += [f"Think about: {name}" for name in names]
    return tuple(steps)


@lru_cache(maxsize=256)
def _key_terms(prompt: str, reference: str) -> tuple[str, ...]:
    """The key terms of a reference answer (grading/key_terms.py, every word weighing the
    same: the bank's word rarity is the grader's), imported only when a hint is asked for."""
    from .grading.key_terms import derive_key_terms

    return tuple(term.name for term in derive_key_terms(prompt, reference, lambda _stem: 1.0))
