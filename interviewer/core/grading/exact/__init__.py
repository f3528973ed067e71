"""What an answer key states exactly, which an answer can get wrong by saying another: a count
of things ("7 layers": counts.py), a chemical formula ("H2O": formulas.py) and an order of
growth ("O(log n)": orders.py); and what an answer says instead (exact.py)."""

from __future__ import annotations

from .counts import Count, CountReading, counts, key_spellings, read_counts
from .exact import ExactReading, KeyFacts, key_facts, read_exact
from .formulas import (
    COMPOUNDS,
    compound_aliases,
    formulas,
    is_formula,
    named_formulas,
    other_formulas,
)
from .orders import order_aliases, orders, other_orders

__all__ = [
    "COMPOUNDS",
    "compound_aliases",
    "named_formulas",
    "order_aliases",
    "orders",
    "other_orders",
    "Count",
    "CountReading",
    "ExactReading",
    "KeyFacts",
    "counts",
    "key_spellings",
    "formulas",
    "is_formula",
    "key_facts",
    "other_formulas",
    "read_counts",
    "read_exact",
]
