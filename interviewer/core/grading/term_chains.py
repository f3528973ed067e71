"""Chains of terms: bare terms strung one after another by "and" / "or" / "plus" alone, with no
comma, no verb and no relating word anywhere in the answer ("Text and images and audio and video
and code and diffusion and GANs").

A list question takes a list of terms as its answer (flags.asks_for_list), but a chain is no
list a candidate sets out: it groups nothing and says nothing of its terms, it strings them
together. It stays a keyword string on a list question. A list that answers sets its items apart
("Bias, misinformation and deepfakes, privacy and copyright of training data"): its "and"s join
pairs inside items, never CHAIN_MIN_JOINS terms in a row. A sentence that lists says something
of its terms ("it needs a reward model and a KL penalty and a value head and a critic": "needs"),
so one item with a verb or a relating word is enough to make the answer no chain.
"""

from __future__ import annotations

from .term_items import is_claim, list_items
from .text import STOP_WORDS, Text

CHAIN_WORDS = frozenset({"and", "or", "plus"})
"""The words that join the terms of a chain."""
CHAIN_MIN_JOINS = 3
"""A chain joins at least this many times in a row (four terms or more): "images and audio" or
"privacy and copyright" is one item of a list, or a pair."""


def chain_joins(text: Text, ignore: frozenset[int] = frozenset()) -> int:
    """The longest run of list items (term_items.list_items, outside `ignore`) joined one to the
    next by a bare CHAIN_WORDS word (one word between them, no punctuation around it)."""
    items = [item for item in list_items(text) if item[0] not in ignore]
    words, spans, raw = text.words, text.spans, text.raw
    best = run = 0
    for (_, last), (first, _) in zip(items, items[1:], strict=False):
        joined = (
            first == last + 2
            and words[last + 1] in CHAIN_WORDS
            and raw[spans[last][1] : spans[last + 1][0]].isspace()
            and raw[spans[last + 1][1] : spans[first][0]].isspace()
        )
        run = run + 1 if joined else 0
        best = max(best, run)
    return best


def is_term_chain(text: Text, ignore: frozenset[int] = frozenset()) -> bool:
    """Whether the answer (outside `ignore`) is a chain of terms: CHAIN_MIN_JOINS joins in a
    row (`chain_joins`) and no item that says something (term_items.is_claim: a verb, a
    relating word or sign, more than three content words)."""
    if chain_joins(text, ignore) < CHAIN_MIN_JOINS:
        return False
    for first, last in list_items(text):
        if first in ignore:
            continue
        if any(w not in STOP_WORDS for w in text.words[first : last + 1]) and is_claim(
            text, first, last
        ):
            return False
    return True
