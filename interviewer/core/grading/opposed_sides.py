"""Two sides of an answer key that say the same kind of thing of two subjects by opposite
words (swaps.py): one word and its negation ("takes a lock" / "takes no lock"), a word and
its negating prefix or "-less" ("mutable" / "immutable", "connection" / "connectionless"), or
the two orders of arrival ("last in, first out" / "first in, first out": in_out_orders.py).
"""

from __future__ import annotations

from .in_out_orders import opposed as opposed_orders

NOT = "not "
"""Put before a stem that a negation reaches: "takes no lock" says NOT "lock"."""


NEGATING_PREFIXES = ("un", "in", "im", "ir", "il", "non", "dis")


def opposed(one: frozenset[str], two: frozenset[str]) -> bool:
    """Whether one side says a word the other says negated by a prefix or "-less": "a list is
    mutable" / "a tuple is immutable", "reliable" / "unreliable", "connection-oriented" /
    "connectionless" say the same kind of thing of two subjects, as a shared word does."""
    for word in one:
        if NOT + word in two or word.startswith(NOT) and word.removeprefix(NOT) in two:
            return True  # "takes a lock" / "takes no lock"
        for other in two:
            if opposed_orders(word, other):
                return True  # "last in, first out" / "first in, first out"
            longer, shorter = (word, other) if len(word) > len(other) else (other, word)
            if len(shorter) < 4:
                continue
            if longer.endswith(shorter) and longer[: -len(shorter)] in NEGATING_PREFIXES:
                return True
            if longer == shorter + "less":
                return True
    return False
