"""Conversions said backwards: an answer key that says what becomes what ("Photosynthesis
turns carbon dioxide and water into glucose and oxygen.") read against an answer that makes the
key's products its inputs and its inputs its products ("produces carbon dioxide and water from
glucose and oxygen"), a wrong claim however many of the key's words it shares.

A conversion is read in one clause, in three shapes:

- "<turns|converts|changes|transforms|breaks down> X into|to Y";
- "<makes|produces|forms|releases|yields|creates|generates|gives> Y from X";
- "X <is|are|gets|get> <turned|converted|changed|transformed|broken down> into|to Y".

X (what goes in) and Y (what comes out) are read as the stems of their content words. An
answer says a conversion backwards when, in one conversion, what goes in holds a word of what
comes out of the key's and what comes out holds a word of what goes in, and it never says one
of the key's the key's way."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .exact import compound_aliases, is_formula
from .result import Contradiction
from .text import STOP_WORDS, stem

_TURN = "(?:{})".format(
    "|".join(
        (
            *"turn turns turned turning convert converts converted converting".split(),
            *"change changes changed changing transform transforms transformed".split(),
            "transforming",
            r"break(?:s|ing)?\s+down",
            r"broken\s+down",
            r"broke\s+down",
        )
    )
)
_MAKE = "(?:{})".format(
    "|".join(
        """make makes made making produce produces produced producing form forms formed forming
        release releases released releasing yield yields yielded create creates created
        generate generates generated give gives""".split()
    )
)
_PART = r"([^.;:!?()]{1,80}?)"
_END = (
    r"(?=[.;:!?()]|,\s|\s(?:using|with|by|when|while|because|so|which|through|in\s+the|during)\b|$)"
)
_SHAPES = (
    re.compile(rf"\b{_TURN}\s+{_PART}\s+(?:into|to)\s+{_PART}{_END}", re.IGNORECASE),
    re.compile(rf"\b{_MAKE}\s+{_PART}\s+from\s+{_PART}{_END}", re.IGNORECASE),
    re.compile(
        rf"(?:^|(?<=[.;:!?,]))\s*([^.;:!?(),]{{1,80}}?)\s+(?:is|are|gets|get|was|were|being)\s+"
        rf"{_TURN}\s+"
        rf"(?:into|to)\s+{_PART}{_END}",
        re.IGNORECASE,
    ),
)
_OUT_FIRST = 1
"""The index of the shape that names what comes out first."""


@dataclass(frozen=True)
class Conversion:
    """What goes in and what comes out, as stems, and the words that say it."""

    inputs: frozenset[str]
    outputs: frozenset[str]
    text: str


def _stems(words: str) -> frozenset[str]:
    """The stems of the content words, a formula read as its compound's name ("CO2" as
    "carbon dioxide")."""
    read = " ".join(
        (compound_aliases(w) or (w,))[0] if is_formula(w) else w
        for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", words)
    ).lower()
    return frozenset(stem(w) for w in re.findall(r"[a-z][a-z0-9]*", read) if w not in STOP_WORDS)


def conversions(text: str) -> list[Conversion]:
    """The conversions the text states, in order."""
    found: list[tuple[int, Conversion]] = []
    for index, shape in enumerate(_SHAPES):
        for match in shape.finditer(text):
            first, second = _stems(match.group(1)), _stems(match.group(2))
            inputs, outputs = (second, first) if index == _OUT_FIRST else (first, second)
            if inputs and outputs and not inputs & outputs:
                found.append((match.start(), Conversion(inputs, outputs, match.group().strip())))
    return [c for _, c in sorted(found, key=lambda pair: pair[0])]


def backwards(key: list[Conversion], answer: str) -> list[Contradiction]:
    """The key's conversions the answer says backwards, and never the key's way."""
    said = conversions(answer)
    wrong: list[Contradiction] = []
    for k in key:
        if any(c.inputs & k.inputs and c.outputs & k.outputs for c in said):
            continue
        turned = [c for c in said if c.inputs & k.outputs and c.outputs & k.inputs]
        if turned:
            wrong.append(
                Contradiction(
                    concept=f"{k.text} (said the other way round)",
                    evidence=(turned[0].text,),
                    detail=f"the answer key says it the other way round: “{k.text}”",
                )
            )
    return wrong
