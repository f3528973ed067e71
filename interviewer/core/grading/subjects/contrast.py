"""The subjects of a question's contrast (BERT vs GPT), each with the ways of naming it, as
the concepts' `about` lists give them; and a reference with two of them swapped, to check a
rubric."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ...bank import Concept
from ..matching import Phrase, make_phrase


@dataclass(frozen=True)
class Subject:
    """One subject of a contrast in a question ("BERT"), with the ways of naming it."""

    key: str
    phrases: tuple[Phrase, ...]


def prepare_subjects(
    concepts: Sequence[Concept], canon: Mapping[str, str] | None = None
) -> list[Subject]:
    """The distinct subjects named in the concepts' `about` lists, in order."""
    subjects: list[Subject] = []
    keys: dict[str, int] = {}
    for concept in concepts:
        if not concept.about:
            continue
        key = concept.about[0].strip().lower()
        if key in keys:
            continue
        phrases = tuple(p for a in concept.about if (p := make_phrase(a, canon=canon)) is not None)
        if phrases:
            keys[key] = len(subjects)
            subjects.append(Subject(concept.about[0], phrases))
    return subjects


def subject_index(concept: Concept, subjects: Sequence[Subject]) -> int | None:
    """Which of `subjects` the concept is about, by its first `about` name (None: no subject)."""
    if not concept.about:
        return None
    key = concept.about[0].strip().lower()
    for i, subject in enumerate(subjects):
        if subject.key.strip().lower() == key:
            return i
    return None


def swap_subjects(text: str, concepts: Sequence[Concept]) -> str | None:
    """The text with the first two subjects of the question's contrast swapped ("BERT" and
    "GPT"), every way of naming each replaced by the other's first name; None when the concepts
    name fewer than two subjects. Used to check that a rubric catches swapped roles."""
    import re

    groups: list[tuple[str, ...]] = []
    for concept in concepts:
        if concept.about and all(concept.about[0].lower() != g[0].lower() for g in groups):
            groups.append(concept.about)
    if len(groups) < 2:
        return None
    first, second = groups[0], groups[1]
    names = sorted(
        [(name, second[0]) for name in first] + [(name, first[0]) for name in second],
        key=lambda pair: -len(pair[0]),
    )
    pattern = re.compile(
        "|".join(rf"\b{re.escape(name)}\b" for name, _ in names), flags=re.IGNORECASE
    )
    replacement = {name.lower(): other for name, other in names}
    swapped, count = pattern.subn(lambda m: replacement[m.group(0).lower()], text)
    return swapped if count else None
