"""Terms exchanged between the answer key's verbs: "plants take in oxygen and release carbon
dioxide" against a key that says they "use ... carbon dioxide ... and release oxygen".

Reference mode has no rubric to say what is a property of what, but the key's own sentences
say which of its terms each verb acts on. A term is governed by the nearest verb before it in
its clause ("use sunlight, water and carbon dioxide": all three by "use"). The answer exchanges
two terms when a verb the key gives to one term is given to another that the key governs by a
different verb, and the first term stands in the answer under a different verb too: both
halves moved, as a swap of subjects is read in swaps.py. One half alone ("release oxygen and
carbon dioxide") is left alone: it may be a longer list, not an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .clauses import Structure
from .result import Contradiction
from .text import STOP_WORDS, Text
from .verbs import COPULAS, acts_on

Governed = dict[str, dict[str, tuple[int, int]]]
"""A term's name -> the stem of each verb that governs it in one text -> the span from that
verb to the end of the term (word positions)."""


@dataclass(frozen=True)
class Term:
    """A key term as the stems of its content words, in order."""

    name: str
    stems: tuple[str, ...]

    @classmethod
    def of(cls, name: str, canon: dict[str, str] | None = None) -> Term | None:
        text = Text.of(name, canon=canon)
        stems = tuple(text.stems[i] for i in text.content)
        return cls(name, stems) if stems else None

    @classmethod
    def all_of(cls, name: str, canon: dict[str, str] | None = None) -> list[Term]:
        """The terms a key term names: itself, or, when it holds a verb ("release oxygen", a
        term the grader derived from a key), the runs of words around the verb ("oxygen")."""
        text = Text.of(name, canon=canon)
        runs: list[list[int]] = [[]]
        for i in text.content:
            if acts_on(text.words[i], text.stems[i], "to"):
                runs.append([])
            else:
                runs[-1].append(i)
        if len(runs) == 1:
            term = cls.of(name, canon)
            return [term] if term else []
        return [
            cls(text.quote(run[0], run[-1]), tuple(text.stems[i] for i in run))
            for run in runs
            if run
        ]


def _places(stems: Sequence[str], term: Term, first: int, last: int) -> Iterator[int]:
    """Where the term's stems stand in a row between `first` and `last`."""
    size = len(term.stems)
    for start in range(first, last - size + 2):
        if tuple(stems[start : start + size]) == term.stems:
            yield start


_BETWEEN = frozenset("and or a an the its their all also both some more less".split())
"""Words that may stand between a verb and the term it acts on, besides other terms: "use
sunlight, water and carbon dioxide" acts on all three."""
_ANY_OBJECT = frozenset("use make have get do need includ involv requir support".split())
"""Verb stems that act on anything: a key whose models "use RMSNorm" does not make "use pre-LN"
an exchange (the verb compared is the one that tells roles apart: "release", "absorb")."""
_BREAK = re.compile(r"[()\[\];:.!?]")
"""Marks no verb reaches across: brackets, a colon or semicolon, the end of a sentence."""
_ITEM_WORDS = 4
"""At most this many words of a list's other items (not terms) stand between a verb and a
term it acts on."""
PARTICLES = frozenset("in off out up down away".split())
"""Words that finish a verb ("take in oxygen", "give off oxygen")."""


def _verb(text: Text, i: int) -> bool:
    words = text.words
    return words[i] not in COPULAS and acts_on(words[i], text.stems[i], words[i - 1] if i else "")


def places(text: Text, structure: Structure, terms: Sequence[Term]) -> list[tuple[int, int, str]]:
    """Where each term stands in the text (first and last word, name), a term within a longer
    one left out: "LN" of "pre-LN" is not said on its own."""
    stems = text.stems
    spans: list[tuple[int, int, str]] = []
    for first, last in structure.units("sentence"):
        for term in terms:
            spans += [
                (s, s + len(term.stems) - 1, term.name) for s in _places(stems, term, first, last)
            ]
    return [
        (a, b, name)
        for a, b, name in spans
        if not any(c <= a and b <= d and d - c > b - a for c, d, _ in spans)
    ]


def head_before(text: Text, start: int, inside: set[int]) -> int:
    """The word before a term at `start` that may act on it: back over other terms (`inside`),
    list words, determiners and the other items of a list; -1 when none is before it or a
    mark of _BREAK stands first ("fine-tuning. Hugging Face's library": "tuning" acts on
    nothing of the next sentence)."""
    i, items = start - 1, 0
    while i >= 0:
        if _BREAK.search(text.raw, text.spans[i][1], text.spans[i + 1][0]):
            return -1
        if i in inside or text.words[i] in _BETWEEN:
            i -= 1
        elif text.words[i] not in STOP_WORDS and not _verb(text, i) and items < _ITEM_WORDS:
            i, items = i - 1, items + 1  # the words of a list's other items
        else:
            break
    return i


def heads(
    text: Text, structure: Structure, terms: Sequence[Term]
) -> Iterator[tuple[int, str, int]]:
    """Each place of a term not denied: its last word, its name and the word before it that
    may act on it (head_before)."""
    spans = places(text, structure, terms)
    inside = {i for start, end, _ in spans for i in range(start, end + 1)}
    for start, end, name in spans:
        if not structure.negated(start):
            yield end, name, head_before(text, start, inside)


def appositions(
    text: Text, structure: Structure, terms: Sequence[Term]
) -> dict[int, tuple[str, str]]:
    """The terms the text names twice in apposition, by the last word of the second name:
    (the first, the second), the second after ", or" right after the first or after one word
    of the first's ("trains a value model, or critic": "critic" is another name of the value
    model, not a term "model" acts on)."""
    spans = places(text, structure, terms)
    words, raw, gaps = text.words, text.raw, text.spans
    found: dict[int, tuple[str, str]] = {}
    for start, last, name in spans:
        if start < 2 or words[start - 1] != "or":
            continue
        if "," not in raw[gaps[start - 2][1] : gaps[start - 1][0]]:
            continue
        for _, end, other in spans:
            named = end == start - 2 or (
                end == start - 3
                and words[start - 2] not in STOP_WORDS
                and raw[gaps[end][1] : gaps[end + 1][0]].strip() in ("", "-")
            )
            if named and other != name:
                found[last] = (other, name)
    return found


def governed(text: Text, structure: Structure, terms: Sequence[Term]) -> Governed:
    """Each term's governing verbs in the text: the verb it follows, with nothing between them
    but other terms, list words, determiners and the other items of a list ("use sunlight,
    water and carbon dioxide"); a term after a preposition ("energy from sunlight") or denied
    is governed by none."""
    stems = text.stems
    found: Governed = {}
    named = appositions(text, structure, terms)
    for end, name, i in heads(text, structure, terms):
        if end in named:
            continue  # "a value model, or critic": "model" acts on no critic
        if i >= 1 and text.words[i] in PARTICLES and _verb(text, i - 1):
            i -= 1
        if i >= 0 and _verb(text, i) and not structure.negated(i):
            found.setdefault(name, {}).setdefault(stems[i], (i, end))
    for one, other in named.values():  # one term under two names: each takes the other's verbs
        verbs = found.get(one, {}) | found.get(other, {})
        if verbs:
            found[one] = dict(verbs)
            found[other] = dict(verbs)
    return found


def exchanged(key: Governed, key_text: Text, answer: Governed, text: Text) -> list[Contradiction]:
    """The pairs of terms the answer gives each other's verbs (see the module docstring),
    each with the answer's words as evidence and the key's in the detail."""
    wrong: list[Contradiction] = []
    told: set[frozenset[str]] = set()
    for moved, verbs in answer.items():
        if moved not in key:
            continue
        for verb in verbs.keys() - key[moved].keys() - _ANY_OBJECT:
            for displaced, its_verbs in key.items():
                if verb not in its_verbs or displaced == moved or displaced not in answer:
                    continue
                if verb in answer[displaced] or not answer[displaced].keys() - its_verbs.keys():
                    continue  # the key's way too, or nowhere else
                pair = frozenset((moved, displaced))
                if pair in told:
                    continue
                told.add(pair)
                said = [verbs[verb], next(iter(answer[displaced].values()))]
                keyed = its_verbs[verb]
                wrong.append(
                    Contradiction(
                        concept=f"{displaced} and {moved} (exchanged)",
                        evidence=tuple(text.evidence(a, b) for a, b in sorted(said)),
                        detail=f"the answer key says “{key_text.evidence(*keyed)}”",
                    )
                )
    return wrong
