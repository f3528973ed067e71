"""An order said as what goes in and what comes out, read as one word by the swap check.

"A stack is last in, first out; a queue is first in, first out" contrasts its two subjects
by the order of "first" and "last" alone: as separate words the queue's side says nothing
the stack's does not ("first"), so no contrast was read, and "a stack is FIFO, a queue is
LIFO" (the two orders swapped) passed. Here each order the text names, written out (the
phrases of key_terms.in_out_terms: "last in, first out", "first-in first-out") or as its
initials ("LIFO", "FIFO", "FILO", "LILO"), is one word of two: the newest out first
(REVERSED: "last in, first out" and "first in, last out" are one order) or the oldest out
first (SAME). The two are opposed (`opposed`): they say the same kind of thing, as "mutable"
and "immutable" do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .key_terms import in_out_terms
from .text import Text

REVERSED = "order:newest-out-first"
"""The stem read for an order whose first out is the last in (a stack's)."""
SAME = "order:oldest-out-first"
"""The stem read for an order whose first out is the first in (a queue's)."""
ORDERS = frozenset((REVERSED, SAME))
EARLY = frozenset("first earliest oldest".split())
LATE = frozenset("last latest newest".split())
"""The words of an order's halves read here, by their place in time; "highest" and "lowest"
(a priority) say no order of arrival."""
INITIALS = {"fifo": SAME, "lilo": SAME, "lifo": REVERSED, "filo": REVERSED}
"""An order written as its initials."""
_WORD_RE = re.compile(r"[a-z]+")
OLD = frozenset("oldest earliest".split())
NEW = frozenset("newest latest".split())
"""Words that say which item of an order of arrival a side speaks of, by its age."""
RECENT = frozenset("recent recently".split())
"""Said of the newest after "most" and of the oldest after "least"."""


@dataclass(frozen=True)
class Orders:
    """Where a text names an order of arrival."""

    starts: dict[int, str]
    """The first word of each, and the stem it is read as (REVERSED or SAME)."""
    inside: frozenset[int]
    """The other words of each: read as part of it, not on their own."""
    ends: dict[int, int]
    """The first word of each written out, and its last word."""

    def end(self, first: int, last: int) -> int:
        """`last`, or past it the last word of an order that starts from `first` to `last`."""
        return max([last, *(e for s, e in self.ends.items() if first <= s <= last)])


def _token(into: str, out: str) -> str | None:
    if into in EARLY | LATE and out in EARLY | LATE:
        return SAME if (into in EARLY) == (out in EARLY) else REVERSED
    return None


def in_out_orders(text: Text) -> Orders:
    """The orders of arrival `text` names, by word position.

    >>> t = Text.of("A stack is last in, first out; a queue is FIFO.")
    >>> found = in_out_orders(t)
    >>> [(t.words[i], s) for i, s in sorted(found.starts.items())]
    [('last', 'order:newest-out-first'), ('fifo', 'order:oldest-out-first')]
    >>> sorted(t.words[i] for i in found.inside)
    ['first', 'in', 'out']
    """
    starts: dict[int, str] = {}
    inside: set[int] = set()
    ends: dict[int, int] = {}
    for i, word in enumerate(text.words):
        if word in INITIALS:
            starts[i] = INITIALS[word]
    if not any(w in EARLY | LATE for w in text.words):
        return Orders(starts, frozenset(inside), ends)
    # in_out_terms names each order once: what it found is blanked out and the text read
    # again, for the same order said twice ("a queue is first in, first out, as a pipe is")
    unread = text.raw
    while found := in_out_terms(unread):
        for concept, (begin, end) in found:
            unread = unread[:begin] + " " * (end - begin) + unread[end:]
            halves = _WORD_RE.findall(concept.name.lower())
            token = _token(halves[0], halves[2]) if len(halves) == 4 else None
            if token is None:
                continue
            at = [i for i, (a, b) in enumerate(text.spans) if a >= begin and b <= end]
            if at:
                starts[at[0]] = token
                inside.update(at[1:])
                ends[at[0]] = at[-1]
    return Orders(starts, frozenset(inside), ends)


def opposed(one: str, two: str) -> bool:
    """Whether two stems are the two orders of arrival."""
    return one != two and one in ORDERS and two in ORDERS


def age_order(words: list[str]) -> str | None:
    """The order of arrival a stretch of words says by the age of what leaves, when it says one
    without naming it: "removes the oldest item first", "whoever came first leaves first" (the
    first in is the first out: SAME); "takes off the newest", "the most recently added one",
    "the last pushed is the first popped" (REVERSED). Said of the one that leaves last, the
    other ("the oldest leaves last"). "Least recently used" is no order of arrival read here;
    "last" alone ("the item added last") says neither when nothing tells in from out.

    >>> age_order("a queue removes the oldest item first".split())
    'order:oldest-out-first'
    >>> age_order("the most recently added item is removed first".split())
    'order:newest-out-first'
    >>> age_order("the last one pushed is the first popped".split())
    'order:newest-out-first'
    >>> age_order("the first one in is the first one out".split())
    'order:oldest-out-first'
    >>> age_order("it hands back the item added last".split()) is None
    True
    """
    old = new = 0
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if word in OLD or word in RECENT and before == "least":
            old += 1
        elif word in NEW or word in RECENT and before == "most":
            new += 1
    firsts, lasts = words.count("first"), words.count("last")
    if bool(old) != bool(new):
        newest_out = bool(new) != bool(lasts)  # "the oldest leaves last": the newest first
        return REVERSED if newest_out else SAME
    if old or new:
        return None  # both ages: "the newest ... and the oldest ..."
    if firsts and lasts:
        return REVERSED
    if firsts >= 2:
        return SAME
    return None
