"""Figures in answers: a concept that states a number is said only with a number that agrees.

A concept whose name states a figure, a number with a unit ("total about 16 GB", "about 20
tokens per parameter", "15 percent", "four times d_model"), is a number concept. Its expected
figures are those of its name and aliases (the description is not read: it holds the
calculation's factors, "2 x 32 x 32 x 128 x 2 bytes"). The answer's figures are read the same
way, leaving out the factors of a calculation ("32 heads x 128 dims", "7B x 2 bytes = 14 GB"
keeps only 14 GB), and then:

- an answer figure of the same kind (bytes, tokens per parameter, percent...) that agrees with
  an expected one (within TOLERANCE) is the concept said, even in words no alias holds
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

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..bank import Concept
from .findings import Finding
from .text import STOP_WORDS, stem

TOLERANCE = 1.12
"""Two figures agree when the larger is at most this many times the smaller. The bank's figures
are rounded to two significant figures (16 GiB, 1.1 TB: up to 5% off the exact value) and
people mix decimal and binary units (a GiB is 7.4% more than a GB, a TiB 10%): "16 GiB" and
"17 GB" agree (1.01), "512 KB" and "0.5 MiB" (1.02), "1.1 TB" and "1,120 GB". A real error does
not: "2" for "20" (10x), "8 GiB" for "16 GiB" (2x), "14 GB" for "16 GB" (1.14)."""
SAME_QUANTITY = 1000.0
"""A figure of the concept's kind more than this many times off the expected one is another
quantity, not the same one wrong ("2 bytes" of fp16 next to a 14 GB total); within it, it is
the same quantity said wrong (the 100x-too-small "160 MB" KV cache for 16 GiB)."""

_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}
_BYTES = {
    "byte": 1.0,
    "bytes": 1.0,
    "kb": 1e3,
    "kib": 2.0**10,
    "kilobyte": 1e3,
    "kilobytes": 1e3,
    "mb": 1e6,
    "mib": 2.0**20,
    "megabyte": 1e6,
    "megabytes": 1e6,
    "gb": 1e9,
    "gib": 2.0**30,
    "gig": 1e9,
    "gigs": 1e9,
    "gigabyte": 1e9,
    "gigabytes": 1e9,
    "tb": 1e12,
    "tib": 2.0**40,
    "terabyte": 1e12,
    "terabytes": 1e12,
}
_COUNTED = {"token": "token", "tokens": "token", "parameter": "count", "parameters": "count"}
_COUNTED |= {"params": "count", "param": "count"}
_PER_NOUNS = {
    "parameter": "parameter",
    "parameters": "parameter",
    "param": "parameter",
    "weight": "parameter",
    "token": "token",
    "sequence": "sequence",
}
_WORD_NUMBERS = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0}
_OPERATORS = {"x", "×", "*", "+", "/", "times", "plus"}
_LOWER = {"over", "above", "least", "exceeds"}  # "at least"
_UPPER = {"under", "below", "most"}  # "at most"
_MORE_LESS = {"more", "less", "fewer"}  # "more than", "less than"
_TOKEN = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:[A-Za-z%×]+)?|[A-Za-z][A-Za-z_']*|[=+*/×%]|[.,;:!?()\-–]"
)
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([A-Za-z%×]*)$")
_CLAUSE_END = {".", ";", "!", "?", ":", ","}
_GENERIC = frozenset(
    stem(w)
    for w in "about roughly around approximately nearly almost total need needs take takes "
    "per each every half".split()
)


@dataclass(frozen=True)
class Figure:
    """A number with its unit: `kind` ("byte", "token/parameter", "percent", "times",
    "count", "token"...), an interval of values in the kind's base unit (equal ends for an
    exact figure), the words it was written with and where."""

    kind: str
    low: float
    high: float
    text: str
    start: int = 0
    end: int = 0
    factor: bool = False
    """Part of a calculation ("32 heads x 128"), not a figure the text concludes with."""

    def agrees(self, other: Figure) -> bool:
        return (
            self.kind == other.kind
            and self.low <= other.high * TOLERANCE
            and other.low <= self.high * TOLERANCE
        )

    def distance(self, other: Figure) -> float:
        """How many times apart the two are (1 when they agree)."""
        if self.agrees(other):
            return 1.0
        a = self.low if self.low > 0 else self.high
        b = other.low if other.low > 0 else other.high
        if a <= 0 or b <= 0 or math.isinf(a) or math.isinf(b):
            return math.inf
        return max(a, b) / min(a, b)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def figures(text: str) -> list[Figure]:
    """The figures the text states, in order, factors of a calculation marked as such."""
    tokens = _tokens(text)
    found: list[Figure] = []
    i = 0
    while i < len(tokens):
        read = _figure_at(text, tokens, i)
        if read is None:
            i += 1
            continue
        figure, after = read
        found.append(figure)
        i = after
    return found


def _number_at(
    text: str, tokens: Sequence[tuple[str, int, int]], i: int
) -> tuple[float, str, int] | None:
    """(value, attached suffix, next index) of a number at token i: digits ("4,096", "1.4T",
    "15%") or words ("twenty", "half a", "a hundred")."""
    word, start, _ = tokens[i]
    lower = word.lower()
    match = _NUMBER.match(word)
    if match is not None:
        if start and (text[start - 1].isalpha() or text[start - 1] in "-_"):
            return None  # GPT-4, Llama-2
        return float(match.group(1).replace(",", "")), match.group(2), i + 1
    if lower == "half" and i + 1 < len(tokens) and tokens[i + 1][0].lower() in ("a", "an"):
        return 0.5, "", i + 2
    if lower == "a" and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "hundred":
        return 100.0, "", i + 2
    if lower in _WORD_NUMBERS and lower != "zero":
        return _WORD_NUMBERS[lower], "", i + 1
    return None


def _figure_at(
    text: str, tokens: Sequence[tuple[str, int, int]], i: int
) -> tuple[Figure, int] | None:
    read = _number_at(text, tokens, i)
    if read is None:
        return None
    value, suffix, j = read
    start = tokens[i][1]
    kind, value, j = _unit(tokens, suffix, value, j)
    if kind is None:
        # "300 to 500 tokens": a bare number before a range's end takes its unit
        if j + 1 < len(tokens) and tokens[j][0].lower() == "to":
            end = _figure_at(text, tokens, j + 1)
            if end is not None and not end[0].factor:
                last, after = end
                bare = _bare(tokens, j + 1)
                scale = last.low / bare if bare else 1.0  # "30 to 250 thousand"
                span = Figure(last.kind, value * scale, last.high, text[start : last.end])
                return replace(span, start=start, end=last.end), after
        return None
    low, high = value, value
    # "30k to 250k"
    if j + 1 < len(tokens) and tokens[j][0].lower() == "to":
        end = _figure_at(text, tokens, j + 1)
        if end is not None and end[0].kind == kind and end[0].high >= value:
            high, j = end[0].high, end[1]
    before = [t[0].lower() for t in tokens[max(0, i - 2) : i]]
    if before and before[-1] in _LOWER or before[-2:] in (["more", "than"], ["at", "least"]):
        high = math.inf
    elif before and before[-1] in _UPPER or before[-2:] in (["less", "than"], ["fewer", "than"]):
        low = 0.0
    end_char = tokens[j - 1][2]
    previous = tokens[i - 1][0].lower() if i else ""
    following = tokens[j][0].lower() if j < len(tokens) else ""
    factor = previous in _OPERATORS or (
        following in _OPERATORS
        and j + 1 < len(tokens)
        and _number_at(text, tokens, j + 1) is not None
    )
    figure = Figure(kind, low, high, text[start:end_char], start, end_char, factor)
    return figure, j


def _bare(tokens: Sequence[tuple[str, int, int]], i: int) -> float:
    match = _NUMBER.match(tokens[i][0])
    return float(match.group(1).replace(",", "")) if match is not None else 0.0


def _unit(
    tokens: Sequence[tuple[str, int, int]], suffix: str, value: float, j: int
) -> tuple[str | None, float, int]:
    """The kind and base value of a number followed by `suffix` and tokens[j:]."""
    word = suffix.lower()
    if not word and j < len(tokens):
        word = tokens[j][0].lower()
        if (
            word == "%"
            or word in _SCALES
            or word in _BYTES
            or word in _COUNTED
            or word
            in (
                "percent",
                "x",
                "×",
                "times",
            )
        ):
            j += 1
        else:
            word = ""
    if word in _SCALES:
        value *= _SCALES[word]
        word = ""
        if j < len(tokens) and tokens[j][0].lower() in (*_BYTES, *_COUNTED):
            word = tokens[j][0].lower()
            j += 1
        elif j < len(tokens) and tokens[j][0].lower() == "per":
            return None, value, j
        else:
            return "count", value, j
    if word in ("%", "percent"):
        return "percent", value, j
    if word in ("x", "×", "times"):
        if j < len(tokens) and (_NUMBER.match(tokens[j][0]) or tokens[j][0] in "=+*/×"):
            return None, value, j  # "2 x 32": a factor, read as a number with no unit
        return "times", value, j
    if word in _BYTES:
        kind, value = "byte", value * _BYTES[word]
    elif word in _COUNTED:
        kind = _COUNTED[word]
    else:
        return None, value, j
    per, j = _per(tokens, j)
    return (f"{kind}/{per}" if per else kind), value, j


def _per(tokens: Sequence[tuple[str, int, int]], j: int) -> tuple[str, int]:
    """ "per token", "for each parameter", "for every weight": what a figure is a rate of."""
    words = [t[0].lower() for t in tokens[j : j + 3]]
    if words[:1] == ["per"] and len(words) > 1 and words[1] in _PER_NOUNS:
        return _PER_NOUNS[words[1]], j + 2
    if words[:2] in (["for", "each"], ["for", "every"]) and words[2:] and words[2] in _PER_NOUNS:
        return _PER_NOUNS[words[2]], j + 3
    return "", j


def _context(text: str) -> frozenset[str]:
    """Content stems of a text, leaving out numbers, units and words of approximation."""
    words = re.findall(r"[A-Za-z][A-Za-z_']*", text)
    units = set(_BYTES) | set(_SCALES) | set(_COUNTED) | {"percent", "x", "times"}
    return frozenset(
        stem(w.lower())
        for w in words
        if w.lower() not in STOP_WORDS
        and w.lower() not in units
        and w.lower() not in _WORD_NUMBERS
        and stem(w.lower()) not in _GENERIC
    )


@dataclass(frozen=True)
class NumberConcept:
    """A concept's expected figures and the words that say what they are about."""

    expected: tuple[Figure, ...]
    kinds: frozenset[str]
    """The kinds the concept's name states: a figure of another kind is never compared."""
    context: frozenset[str]


@lru_cache(maxsize=4096)
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


def check_figures(findings: Sequence[Finding], answer: str) -> list[Finding]:
    """The findings with each number concept judged by the answer's figures (module
    docstring): credited when a figure agrees, contradicted when the answer states the same
    quantity with a clearly different number, unchanged when it states none."""
    stated = [f for f in figures(answer) if not f.factor]
    if not stated:
        return list(findings)
    # a figure the rubric gives for another quantity of the question, in a name, an alias or a
    # description, said in a clause about that quantity, is right there: "a 4,096-token
    # sequence needs 2 GiB" is no wrong total (the reference's own sentence), "the master copy
    # takes 4 bytes per parameter" no wrong 16; "that's all, about 4 bytes per parameter" is
    known = [
        (f, _context(c.concept.name) | _context(c.concept.description))
        for c in findings
        for said in (*c.concept.phrases, c.concept.description)
        for f in figures(said)
        if not f.factor
    ]
    judged: list[Finding] = []
    for finding in findings:
        wanted = number_concept(finding.concept)
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
