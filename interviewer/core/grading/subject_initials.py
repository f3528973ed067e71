"""Subjects of a contrast named by their initials (swaps.py).

A key that contrasts "breadth-first search" and "depth-first search" is often answered with
"BFS" and "DFS", and the other way round: the sides of such an answer were led by subjects the
key does not name, so "BFS uses a stack and goes as deep as possible first; DFS uses a queue"
was read as saying nothing of the key's two searches (ref_swaps42 b03, ref_keys43 b04). A
subject's initials are the first letters of its hyphened words ("breadth-first": "bf"), with
the first letter of the head written after it ("breadth-first search": "bfs"); initials of
two letters or more name it. An answer's side led by the initials of one of the key's
subjects is read as led by that subject, and a side of a key led by initials is matched by
the answer's name whose initials they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .subject_sides import Side


def subject_initials(subject: str, heads: Iterable[str | None]) -> set[str]:
    """The initials of a subject's stem ("breadth-first": "bf"), and with each head's first
    letter ("bfs" with the head "search"); only those of two letters or more, and none of a
    subject of one word with no head ("queue" is no "q")."""
    parts = [p for p in subject.split("-") if p]
    letters = "".join(p[0] for p in parts)
    found = {letters} if len(parts) > 1 else set()
    found |= {letters + head[0] for head in heads if head}
    return {f for f in found if len(f) >= 2 and f != subject}


def read_by_initials(
    found: list[Side], subjects: Iterable[str], heads: frozenset[str]
) -> list[Side]:
    """The answer's sides, each led by initials of one of `subjects` (the key's) read as led
    by it, and each led by a name whose initials are one of `subjects` read as that one."""
    named = set(subjects)
    by_initials: dict[str, str] = {}
    for subject in named:
        for letters in subject_initials(subject, heads):
            by_initials.setdefault(letters, subject)
    result = []
    for side in found:
        subject = side.subject
        if subject not in named:
            if subject in by_initials:
                subject = by_initials[subject]
            else:
                own = subject_initials(subject, (side.head, *heads))
                subject = next((s for s in sorted(own) if s in named), subject)
        result.append(replace(side, subject=subject) if subject != side.subject else side)
    return result
