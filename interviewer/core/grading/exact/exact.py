"""An answer's counts and formulas against an answer key's: those it says right, and those it
says otherwise, each a contradiction quoting the answer's own words and the key's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..result import Contradiction
from ..text import WORD_RE, stem
from .counts import Count, counts, read_counts
from .formulas import formulas, other_formulas


@dataclass(frozen=True)
class KeyFacts:
    """What one reference states exactly: its counts and its formulas."""

    counts: tuple[Count, ...]
    formulas: frozenset[str]


ASKS_COUNT = re.compile(r"\b(?:how\s+many|number\s+of)\b", re.IGNORECASE)
"""A question that asks how many of a thing: only there is the key's count of it the answer
(a key's "32 query heads" is one model's, where an answer may rightly cite another's 64)."""


def key_facts(reference: str, question: str = "") -> KeyFacts:
    """The key's formulas, and its counts of what the question asks how many of (a count whose
    thing the question names, when it asks "how many" or "the number of")."""
    asked = (
        {stem(w.lower()) for w in WORD_RE.findall(question)}
        if ASKS_COUNT.search(question)
        else set()
    )
    kept = tuple(c for c in counts(reference) if c.head in asked)
    return KeyFacts(kept, frozenset(formulas(reference)))


@dataclass(frozen=True)
class ExactReading:
    right: int
    """How many of the key's counts the answer says right."""
    wrong: tuple[Contradiction, ...]


def read_exact(key: KeyFacts, answer: str) -> ExactReading:
    """The answer's counts of what the key counts, and the formulas it names instead of the
    key's (formulas.other_formulas)."""
    reading = read_counts(key.counts, answer) if key.counts else None
    wrong = [
        Contradiction(
            concept=f"{k.text} (miscounted)",
            evidence=(said.text,),
            detail=f"the answer key says “{k.text}”",
        )
        for said, k in (reading.wrong if reading else ())
    ]
    names = ", ".join(f"“{f}”" for f in sorted(key.formulas))
    wrong += [
        Contradiction(
            concept=f"{said} (another formula)",
            evidence=(said,),
            detail=f"the answer key names {names}",
        )
        for said in other_formulas(key.formulas, answer)
    ]
    return ExactReading(len(reading.right) if reading else 0, tuple(wrong))
