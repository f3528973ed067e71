"""An answer's counts and formulas against an answer key's: those it says right, and those it
says otherwise, each a contradiction quoting the answer's own words and the key's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..result import Contradiction
from ..text import WORD_RE, stem
from .counts import Count, counts, read_counts
from .formulas import NAME_RE, formulas, named_formulas, other_formulas
from .orders import orders, other_orders


@dataclass(frozen=True)
class KeyFacts:
    """What one reference states exactly: its counts and the formulas of the compounds it names
    (in formulas or in words)."""

    counts: tuple[Count, ...]
    formulas: frozenset[str]
    compounds: tuple[str, ...] = ()
    """The compounds as the key writes them, for the feedback: its formulas ("H2O"), else its
    names ("carbon dioxide")."""
    orders: frozenset[str] = frozenset()
    """The orders of growth it writes in Big-O notation, in normal form (orders.py)."""
    orders_written: tuple[str, ...] = ()
    asked: frozenset[str] = frozenset()
    written_formulas: frozenset[str] = frozenset()
    """The formulas it writes as formulas ("H2O"), not by name."""
    asks_exactly: bool = False
    """Whether the question asks for what the key states exactly: a count (only those are
    kept), a formula or an order of growth (ASKS_EXACTLY): then stating it is the answer."""

    @property
    def any(self) -> bool:
        """Whether it states anything exactly: a count asked for, a formula, an order."""
        return bool(self.counts or self.written_formulas or self.orders)

    """The formulas of the compounds the question names in words: an answer that names one
    of them ("Water is CO2." for "What is the formula of water?") says what is asked about."""


ASKS_COUNT = re.compile(r"\b(?:how\s+many|number\s+of)\b", re.IGNORECASE)
"""A question that asks how many of a thing: only there is the key's count of it the answer
(a key's "32 query heads" is one model's, where an answer may rightly cite another's 64)."""


ASKS_EXACTLY = re.compile(
    r"\b(?:formula|complexity|big[\s-]?o|running\s+time|order\s+of\s+growth|how\s+fast)\b",
    re.IGNORECASE,
)
"""A question that asks for a formula or an order of growth ("What is the time complexity of
binary search?"): a terse answer stating the key's is the answer, whatever terms it adds."""


def key_facts(reference: str, question: str = "") -> KeyFacts:
    """The key's formulas, and its counts of what the question asks how many of (a count whose
    thing the question names, when it asks "how many" or "the number of")."""
    asked = (
        {stem(w.lower()) for w in WORD_RE.findall(question)}
        if ASKS_COUNT.search(question)
        else set()
    )
    kept = tuple(c for c in counts(reference) if c.head in asked)
    written = formulas(reference)
    names = [m.group() for m in NAME_RE.finditer(reference) if named_formulas(m.group())]
    compounds = tuple(dict.fromkeys(written or names))
    formula_set = frozenset(written) | named_formulas(reference)
    written_orders = orders(reference)
    return KeyFacts(
        kept,
        formula_set,
        compounds,
        frozenset(normal for _, normal in written_orders),
        tuple(written for written, _ in written_orders),
        frozenset(named_formulas(question)),
        frozenset(written),
        bool(kept) or ASKS_EXACTLY.search(question) is not None,
    )


@dataclass(frozen=True)
class ExactReading:
    right: int
    """How many of the key's counts the answer says right."""
    wrong: tuple[Contradiction, ...]
    stated: bool = False
    """Whether the key states something exactly and the answer states all of it right: each
    count, formula written as a formula, and order of growth ("H2O" for "Water is H2O: ...")."""
    said: tuple[str, ...] = ()
    """What of the answer states the key's facts, as written (when `stated`): its counts of
    what the key counts, the key's formulas and orders of growth."""


def read_exact(key: KeyFacts, answer: str) -> ExactReading:
    """The answer's counts of what the key counts, the formulas it names instead of the key's
    (formulas.other_formulas) and the orders of growth it writes instead of the key's
    (orders.other_orders)."""
    reading = read_counts(key.counts, answer) if key.counts else None
    wrong = [
        Contradiction(
            concept=f"{k.text} (miscounted)",
            evidence=(said.text,),
            detail=f"the answer key says “{k.text}”",
        )
        for said, k in (reading.wrong if reading else ())
    ]
    names = ", ".join(f"“{f}”" for f in key.compounds)
    wrong += [
        Contradiction(
            concept=f"{said} (another formula)",
            evidence=(said,),
            detail=f"the answer key names {names}",
        )
        for said in other_formulas(key.formulas, answer, key.asked)
    ]
    said_orders = ", ".join(f"“{o}”" for o in key.orders_written)
    wrong += [
        Contradiction(
            concept=f"{said} (another order)",
            evidence=(said,),
            detail=f"the answer key says {said_orders}",
        )
        for said in other_orders(key.orders, answer)
    ]
    counted = reading is None or all(any(c.of_same(k) for c in reading.right) for k in key.counts)
    stated = (
        key.any
        and not wrong
        and counted
        and key.written_formulas <= set(formulas(answer))
        and key.orders <= {normal for _, normal in orders(answer)}
    )
    said = (
        (
            *(c.text for c in (reading.right if reading else ())),
            *(f for f in formulas(answer) if f in key.written_formulas),
            *(written for written, normal in orders(answer) if normal in key.orders),
        )
        if stated
        else ()
    )
    return ExactReading(len(reading.right) if reading else 0, tuple(wrong), stated, said)
