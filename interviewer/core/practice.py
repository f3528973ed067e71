"""Aids while answering: a word count and progressive hints drawn from the rubric."""

from __future__ import annotations

import re
from collections.abc import Callable

from .bank import Bank, Question

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


def hint_steps(question: Question, bank: Bank | None = None) -> tuple[str, ...]:
    """The hints of a question, gentlest first: its own hint, then one rubric concept name at
    a time, heaviest concept first. Each press of the hint key reveals one more. A question
    with no rubric (an imported list) hints at the key terms the grader checks its answer for,
    in the grader's order (ranked by word rarity in `bank`, the question's bank; the question
    alone when none is given), and a behavioural one at the STAR parts (one of `rubric: star`,
    or one graded as a story for its key written as instructions: grading/story_keys.py)."""
    steps: list[str] = []
    if question.hint:
        steps.append(question.hint)
    if question.rubric == "star" or _graded_as_story(question):
        return (*steps, *(f"Think about: {part}" for part in STAR_HINTS))
    if question.concepts:
        concepts = sorted(question.concepts, key=lambda c: -c.weight)
        names = [concept.name for concept in concepts]
    elif question.reference_answers:
        names = list(_key_terms(question, bank))[:KEY_TERM_HINTS]
    else:
        names = []
    steps += [f"Think about: {name}" for name in names]
    return tuple(steps)


def _graded_as_story(question: Question) -> bool:
    """Whether the grader reads the question's answer as a story (grading/story_keys.py)."""
    from .grading.story_keys import graded_as_story

    return graded_as_story(question)


BANKS_KEPT = 4
"""The banks whose word weights are kept for hints (a session uses one; the app few more)."""
_weights: dict[int, tuple[Bank, Callable[[str], float], dict[str, str]]] = {}
"""id(bank) -> (the bank, its word weights, its thesaurus), the most recently used last."""


def _bank_words(bank: Bank) -> tuple[Callable[[str], float], dict[str, str]]:
    """The word weights and thesaurus of `bank`, worked out on its first hint and kept for the
    last BANKS_KEPT banks asked about."""
    from .grading.bank_words import word_weights
    from .grading.text import thesaurus_map

    found = _weights.pop(id(bank), None)
    if found is None or found[0] is not bank:  # an id can be reused by a later bank
        canon = thesaurus_map(bank.thesaurus)
        found = (bank, word_weights(bank.questions, canon), canon)
    _weights[id(bank)] = found
    while len(_weights) > BANKS_KEPT:
        del _weights[next(iter(_weights))]
    return found[1], found[2]


def _key_terms(question: Question, bank: Bank | None) -> tuple[str, ...]:
    """The key terms the grader derives from the question's first reference, best first
    (grading/key_terms/, weighed by the bank's word rarity as the grader weighs them:
    grading/bank_words.py), without fitting a grader; imported only when a hint is asked for."""
    from .grading.bank_words import word_weights
    from .grading.key_terms import derive_key_terms

    canon: dict[str, str]
    if bank is None:
        weight, canon = word_weights((question,)), {}
    else:
        weight, canon = _bank_words(bank)
    terms = derive_key_terms(question.prompt, question.reference_answers[0], weight, canon)
    return tuple(term.name for term in terms)
