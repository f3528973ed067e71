"""Figures in answers: a concept that states a number is said only with a number that agrees.

A concept whose name states a figure, a number with a unit ("total about 16 GB", "about 20
tokens per parameter", "15 percent", "four times d_model"), is a number concept. Its expected
figures are those of its name and aliases (the description is not read: it holds the
calculation's factors, "2 x 32 x 32 x 128 x 2 bytes"). The answer's figures are read the same
way, leaving out the factors of a calculation ("32 heads x 128 dims", "7B x 2 bytes = 14 GB"
keeps only 14 GB), and then:

- an answer figure of the same kind (bytes, tokens per parameter, percent...) that agrees with
  an expected one (within reading.TOLERANCE) is the concept said, even in words no alias holds
  ("17.2 GB");
- otherwise a figure of that kind that is about the same thing (its clause shares a word with
  the concept's name or description, or its kind is a rate such as "per parameter", which says
  what it is about) and within SAME_QUANTITY of the expected size is the concept said wrong: a
  contradiction quoting both figures ("you said 8 GiB; the expected figure is about 16 GiB"),
  whatever alias without a number ("tokens per parameter") matched.

An answer with no figure of the concept's kind keeps what it had: a correct paraphrase without
numbers loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from ...bank import Concept
from ..findings import Finding
from ..text import STOP_WORDS, stem
from .reading import UNIT_WORDS, Figure, figures

SAME_QUANTITY = 1000.0
"""A figure of the concept's kind more than this many times off the expected one is another
quantity, not the same one wrong ("2 bytes" of fp16 next to a 14 GB total); within it, it is
the same quantity said wrong (the 100x-too-small "160 MB" KV cache for 16 GiB)."""

_CLAUSE_END = {".", ";", "!", "?", ":", ","}
_GENERIC = frozenset(
    stem(w)
    for w in "about roughly around approximately nearly almost total need needs take takes "
    "per each every half".split()
)


def _context(text: str) -> frozenset[str]:
    """Content stems of a text, leaving out numbers, units and words of approximation."""
    words = re.findall(r"[A-Za-z][A-Za-z_']*", text)
    return frozenset(
        stem(w.lower())
        for w in words
        if w.lower() not in STOP_WORDS
        and w.lower() not in UNIT_WORDS
        and stem(w.lower()) not in _GENERIC
    )


@dataclass(frozen=True)
class NumberConcept:
    """A concept's expected figures and the words that say what they are about."""

    expected: tuple[Figure, ...]
    kinds: frozenset[str]
    """The kinds the concept's name states: a figure of another kind is never compared."""
    context: frozenset[str]


_T = TypeVar("_T")
_KEPT = 100_000
"""At most this many concepts are remembered per function (ad-hoc questions bring new ones)."""


def _per_concept(read: Callable[[Concept], _T]) -> Callable[[Concept], _T]:
    """`read`, remembered per concept by its id, the concept kept beside its result so that
    the id is not reused while remembered. A property of the concept alone, asked for every
    answer: an lru_cache keyed by the concept hashed all of its fields on every call."""
    found: dict[int, tuple[Concept, _T]] = {}

    def remembered(concept: Concept) -> _T:
        kept = found.get(id(concept))
        if kept is not None and kept[0] is concept:
            return kept[1]
        result = read(concept)
        if len(found) < _KEPT:
            found[id(concept)] = (concept, result)
        return result

    remembered.__doc__ = read.__doc__
    return remembered


@_per_concept
def number_concept(concept: Concept) -> NumberConcept | None:
    """The concept's figures, if its name states one."""
    named = [f for f in figures(concept.name) if not f.factor]
    if not named:
        return None
    expected = tuple(f for phrase in concept.phrases for f in figures(phrase) if not f.factor)
    context = _context(concept.name) | _context(concept.description)
    return NumberConcept(expected, frozenset(f.kind for f in named), context)


def _clause(text: str, figure: Figure) -> str:
    """The clause holding a figure: from the punctuation or line break before it to the one
    after it (a comma of "4,096" or a point of "1.4" is no clause end; a line of a list is
    one)."""
    start = figure.start
    while start > 0 and not _boundary(text, start - 1):
        start -= 1
    end = figure.end
    while end < len(text) and not _boundary(text, end):
        end += 1
    return text[start:end].strip(" \t-*•")


def _boundary(text: str, i: int) -> bool:
    return text[i] == "\n" or (text[i] in _CLAUSE_END and _ends(text, i))


_ABBREVIATIONS = ("al", "etc", "e.g", "i.e", "vs", "cf")


def _ends(text: str, i: int) -> bool:
    """Whether the punctuation at i ends a clause: followed by a space or the end, and not the
    point of "et al." or "e.g."."""
    if i + 1 < len(text) and not text[i + 1].isspace():
        return False
    return not (text[i] == "." and text[:i].lower().endswith(_ABBREVIATIONS))


def _about(expected: NumberConcept, figure: Figure, clause: str) -> bool:
    return "/" in figure.kind or bool(_context(clause) & expected.context)


def _said(figure: Figure) -> str:
    return figure.text.strip()


@_per_concept
def _rubric_figures(concept: Concept) -> tuple[tuple[Figure, frozenset[str]], ...]:
    """The figures the concept's own name, aliases and description give, each with the words
    saying what it is about (read once per concept, not once per answer)."""
    context = _context(concept.name) | _context(concept.description)
    return tuple(
        (f, context)
        for said in (*concept.phrases, concept.description)
        for f in figures(said)
        if not f.factor
    )


def check_figures(findings: Sequence[Finding], answer: str) -> list[Finding]:
    """The findings with each number concept judged by the answer's figures (module
    docstring): credited when a figure agrees, contradicted when the answer states the same
    quantity with a clearly different number, unchanged when it states none."""
    wanted_of = [number_concept(f.concept) for f in findings]
    if all(w is None for w in wanted_of):
        return list(findings)  # most questions name no figure: the answer is not read
    stated = [f for f in figures(answer) if not f.factor]
    if not stated:
        return list(findings)
    # a figure the rubric gives for another quantity of the question, in a name, an alias or a
    # description, said in a clause about that quantity, is right there: "a 4,096-token
    # sequence needs 2 GiB" is no wrong total (the reference's own sentence), "the master copy
    # takes 4 bytes per parameter" no wrong 16; "that's all, about 4 bytes per parameter" is
    known = [pair for c in findings for pair in _rubric_figures(c.concept)]
    judged: list[Finding] = []
    for finding, wanted in zip(findings, wanted_of, strict=True):
        if wanted is None or finding.status == "contradicted":
            judged.append(finding)
            continue
        judged.append(_judge(finding, wanted, stated, answer, known))
    return judged


def _base(figure: Figure) -> Figure:
    """The figure as a plain amount: "2 GiB per sequence" as 2 GiB."""
    return replace(figure, kind=figure.kind.split("/")[0])


def _judge(
    finding: Finding,
    wanted: NumberConcept,
    stated: Sequence[Figure],
    answer: str,
    known: Sequence[tuple[Figure, frozenset[str]]] = (),
) -> Finding:
    own = [f for f in stated if f.kind in {e.kind for e in wanted.expected}]
    agreeing = [f for f in own if any(f.agrees(e) for e in wanted.expected)]
    if agreeing:
        if finding.status == "credited":
            return finding
        for figure in agreeing:
            clause = _clause(answer, figure)
            if _about(wanted, figure, clause):
                return Finding(
                    finding.concept,
                    "credited",
                    credit=1.0,
                    phrase=_said(figure),
                    how="wording",
                    evidence=clause,
                )
        return finding
    wrong: list[tuple[float, Figure, Figure, str]] = []
    for figure in own:
        if figure.kind not in wanted.kinds:
            continue
        clause = _clause(answer, figure)
        if not _about(wanted, figure, clause):
            continue
        said = _context(clause)
        if any(_base(figure).agrees(_base(k)) and said & about for k, about in known):
            continue
        named = [e for e in wanted.expected if e.kind == figure.kind]
        distance = min(figure.distance(e) for e in named)
        if distance <= SAME_QUANTITY:
            wrong.append((distance, figure, named[0], clause))  # quoted as the name says it
    if not wrong:
        return finding
    _, figure, closest, clause = min(wrong, key=lambda w: w[0])
    return replace(
        finding,
        status="contradicted",
        credit=0.0,
        evidence=clause,
        detail=f"you said {_said(figure)}; the expected figure is about {_said(closest)}",
        error="number",
        closest="",
    )
