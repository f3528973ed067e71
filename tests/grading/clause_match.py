"""Shared by the tests of statements and of their ties (ties.py): a claim looked for clause by
clause in an answer, as a wrong claim is, and what a rule of ties.py says of what was found; and
an alias looked for as a concept's alias is."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from interviewer.core.grading.matching import (
    Answer,
    Phrase,
    make_phrase,
    match_phrase,
    match_statement,
)
from interviewer.core.grading.text import Text

TieRule = Callable[[Phrase, Answer, Sequence[int]], bool]
"""A rule of ties.py: whether the claim's words found at these positions are not its claim."""


def alias_found(alias: str, answer: str) -> bool:
    """Whether `answer` says `alias`, as a concept's alias is looked for (`match_phrase`)."""
    phrase = make_phrase(alias)
    assert phrase is not None
    return match_phrase(phrase, Answer.of(Text.of(answer))) is not None


def said_in_a_clause(claim: str, text: str) -> bool:
    """Whether `text` states `claim`: every word, in order, in one clause."""
    phrase = make_phrase(claim)
    assert phrase is not None
    return match_statement(phrase, Answer.of(Text.of(text)), unit="clause") is not None


def tie_verdict(rule: TieRule, claim: str, text: str) -> bool | None:
    """What `rule` says of `claim` found clause by clause in `text`; None when it is not found."""
    phrase = make_phrase(claim)
    assert phrase is not None
    answer = Answer.of(Text.of(text))
    match = match_statement(phrase, answer, unit="clause")
    if match is None:
        return None
    return rule(phrase, answer, list(match.positions))
