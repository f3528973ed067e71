"""Parallel conditions of one main clause: in "I'd pick hard prompts when X, since soft prompts
need Y, when I need to read and edit it", the second "when" goes on with the first, so what it
says is said of what the main clause names (hard prompts), not of the subject of the reason
clause set between them. Only an aside (a reason or concession) is passed over: in "data drift,
when inputs move, and concept drift, when the relationship changes", the second "when" is said
of concept drift, which a clause of its own names."""

from __future__ import annotations

from ..matching import Answer

PARALLEL_OPENERS = frozenset("when if whenever unless where".split())
"""Words that open a condition of a main clause; a clause opened by one of them, after a comma,
that an earlier one opened too in its sentence, is another condition of the same main clause."""


def parallel_start(answer: Answer, first: int) -> int | None:
    """Where the first of a run of parallel conditions starts, when the clause of the word at
    `first` opens (after a comma or other break) with one of PARALLEL_OPENERS that the same
    sentence used earlier: the position of that earlier opener; else None."""
    structure, words = answer.structure, answer.text.words
    start = structure.start("clause", first)
    if start == 0 or words[start] not in PARALLEL_OPENERS:
        return None
    if structure.clauses[start - 1] == structure.clauses[start]:
        return None
    sentence = structure.start("sentence", start)
    opener = words[start]
    return next((i for i in range(sentence, start) if words[i] == opener), None)


ASIDE_OPENERS = frozenset("since because as although though".split())
"""Words that open a clause set aside from the main one: a reason or a concession."""


def in_aside(answer: Answer, position: int) -> bool:
    """Whether the word at `position` stands in a clause opened by one of ASIDE_OPENERS."""
    return answer.text.words[answer.structure.start("clause", position)] in ASIDE_OPENERS
