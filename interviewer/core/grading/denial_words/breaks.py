"""Where sentences and clauses break without structure ("e.g." ends no sentence, "because"
opens a clause), and how far a negation reaches through a short list closed by "or"
(`reach_through_list`)."""

from __future__ import annotations

import re

from ..unit_spans import unit_end
from .negations import COORDINATORS

CLAUSE_OPENERS = frozenset(("because",))
"""Words that open a clause of their own with no punctuation before them."""

NEW_SUBJECT_WORDS = frozenset("the a an it its they their this these that those".split())
"""Words after ", and" that open a new claim with its own subject."""


def next_word(words: list[str], i: int) -> str:
    """The word after the one at `i`; "" after the last."""
    return words[i + 1] if i + 1 < len(words) else ""


ABBREVIATIONS = frozenset("al vs cf approx eg ie e g".split())
"""Words whose full stop ends no sentence: "Kaplan et al. (2020) found ...", "e.g. BERT"."""
SENTENCE_END_RE = re.compile(r"[.!?]\s|\n|(?:^|\s)[-*•·](?=\s)")
CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\s/\s")


LIST_ITEM_WORDS = 4
"""A list that a negation reaches through ("no reward model, sampling or RL loop") has items of
at most this many words."""
_CLAUSE_LINKS = frozenset(
    "so because since therefore thus hence then which who whose where when while whereas".split()
)
"""Words that open a clause after a comma, never an item of a list: the reach of a negation
stops at them ("does not know the order, so positional encodings, sinusoidal or learned, are
added" denies nothing learned)."""
_LIST_CLOSERS = COORDINATORS
"""Only a disjunctive list: in "lack the biases of CNNs, locality and translation equivariance,
they need ..." the words after the comma are an apposition, not more that is denied."""


def reach_through_list(
    raw: str,
    spans: list[tuple[int, int]],
    words: list[str],
    segments: list[int],
    clauses: list[int],
    reach: list[int],
    n: int,
    j: int,
) -> None:
    """Carry the reach of the negation at `n`, whose clause ends before `j`, on through the
    short comma-separated items of a list closed by "or" or "nor" in the same segment:
    "needs no separate reward model, sampling or RL loop" denies the RL loop too. Nothing is
    carried when the items are not short, or no closing conjunction comes."""
    items: list[int] = []
    k = j
    while (
        k < len(words) and segments[k] == segments[n] and "," in raw[spans[k - 1][1] : spans[k][0]]
    ):
        end = unit_end(clauses, k) + 1
        if end - k > LIST_ITEM_WORDS + 1 or words[k] in _CLAUSE_LINKS:
            # ", so positional encodings, sinusoidal or learned, are added": an item that
            # opens with a linking word is a new clause, not one more thing denied
            return
        items.extend(range(k, end))
        if any(w in _LIST_CLOSERS for w in words[k:end]):
            for i in items:
                if reach[i] < 0:
                    reach[i] = n
            return
        k = end
