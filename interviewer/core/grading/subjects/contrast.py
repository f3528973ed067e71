"""The subjects of a question's contrast (BERT vs GPT), each with the ways of naming it, as
the concepts' `about` lists give them; and a reference with two of them swapped, to check a
rubric."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ...bank import Concept
from ..matching import COUNTING, Phrase, make_phrase
from ..text import Text, cached_stem


@dataclass(frozen=True)
class Subject:
    """One subject of a contrast in a question ("BERT"), with the ways of naming it."""

    key: str
    phrases: tuple[Phrase, ...]
    elided: tuple[Phrase, ...] = ()
    """Its degree word alone, the asked quantity left out ("low" of "low temperature"): a
    name only where no other noun follows it (see `occurrences.elided_occurrences`)."""
    asked: frozenset[str] = frozenset()
    """The question's content stems, which may follow the degree word ("high rate")."""
    wholes: frozenset[str] = frozenset()
    """Keys (lowercased) of the subjects it is a part of (its concept's `part_of`): a statement
    of it said of a whole is no swap ("the cascade transcribes speech" is true of its ASR)."""


DEGREE_WORDS = frozenset(
    cached_stem(w) for w in "low lower high higher small smaller large larger big bigger".split()
)
"""Words of degree that name a setting of the question's own quantity ("low temperature"):
the answer may leave the quantity out ("low is focused, high is random", "low T ...")."""


def _elided(about: str, asked: frozenset[str], canon: Mapping[str, str] | None) -> Phrase | None:
    """The degree word alone, when a subject's name is a degree word and the question's own
    words ("low temperature" asked "What is temperature ...?"), else None."""
    text = Text.of(about, canon=canon)
    stems = [text.stems[i] for i in text.content]
    if len(stems) < 2 or stems[0] not in DEGREE_WORDS or not set(stems[1:]) <= asked:
        return None
    return make_phrase(text.words[text.content[0]], canon=canon)


def hyphened_counting(name: str) -> frozenset[str]:
    """The counting words (matching.COUNTING: "only", "once", "each") a subject's name joins to
    another word by a hyphen ("weight-only"): part of the name, which the answer must say too.
    Left out as function words, "weight-only quantization" was named by every "weights" of an
    answer ("int8 weights are close to lossless"), and a claim about W8A8 after "weight-and-
    activation schemes" was read as said of weight-only quantization (a false swap on a correct
    answer to genai-145)."""
    return frozenset(
        piece
        for part in name.lower().split()
        if "-" in part
        for piece in part.split("-")
        if piece in COUNTING
    )


def prepare_subjects(
    concepts: Sequence[Concept],
    canon: Mapping[str, str] | None = None,
    asked: frozenset[str] = frozenset(),
) -> list[Subject]:
    """The distinct subjects named in the concepts' `about` lists, in order; a name made of a
    degree word and the question's own words (`asked`: its content stems) is also said by the
    degree word alone (see DEGREE_WORDS)."""
    subjects: list[Subject] = []
    keys: dict[str, int] = {}
    for concept in concepts:
        if not concept.about:
            continue
        key = concept.about[0].strip().lower()
        if key in keys:
            continue
        phrases = tuple(
            p
            for a in concept.about
            if (p := make_phrase(a, canon=canon, keep=hyphened_counting(a))) is not None
        )
        elided: tuple[Phrase, ...] = ()
        if asked:
            found = (e for a in concept.about if (e := _elided(a, asked, canon)) is not None)
            elided = tuple(dict.fromkeys(found))
        if phrases:
            keys[key] = len(subjects)
            wholes = frozenset(
                w.strip().lower()
                for c in concepts
                if c.about and c.about[0].strip().lower() == key
                for w in c.part_of
            )
            subjects.append(
                Subject(concept.about[0], phrases, elided, asked if elided else frozenset(), wholes)
            )
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
