"""Reading figures: the numbers a text states with their units ("16 GiB", "about 20 tokens
per parameter", "15%", "4x", "over 100 GB", "30k to 250k"), each as a kind and an interval in the
kind's base unit, the factors of a calculation ("32 heads x 128", "7B x 2 bytes = 14 GB" keeps
only 14 GB) marked as such."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..text import NUMBER_WORDS

TOLERANCE = 1.12
"""Two figures agree when the larger is at most this many times the smaller. The bank's figures
are rounded to two significant figures (16 GiB, 1.1 TB: up to 5% off the exact value) and
people mix decimal and binary units (a GiB is 7.4% more than a GB, a TiB 10%): "16 GiB" and
"17 GB" agree (1.01), "512 KB" and "0.5 MiB" (1.02), "1.1 TB" and "1,120 GB". A real error does
not: "2" for "20" (10x), "8 GiB" for "16 GiB" (2x), "14 GB" for "16 GB" (1.14)."""
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
_WORD_NUMBERS = {w: float(n) for w, n in NUMBER_WORDS.items()}
_OPERATORS = {"x", "×", "*", "+", "/", "times", "plus"}
_LOWER = {"over", "above", "least", "exceeds"}  # "at least"
_UPPER = {"under", "below", "most"}  # "at most"
_TOKEN = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:[A-Za-z%×]+)?|[A-Za-z][A-Za-z_']*|[=+*/×%]|[.,;:!?()\-–]"
)
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([A-Za-z%×]*)$")


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


UNIT_WORDS = frozenset({*_BYTES, *_SCALES, *_COUNTED, *_WORD_NUMBERS, "percent", "x", "times"})
"""Words that say a figure's size or unit, not what it is about."""
