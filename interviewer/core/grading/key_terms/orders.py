"""Orders a reference names as what goes in and what comes out ("last in, first out",
"first-in first-out"): terms whose words are all function words, read whole (`in_out_terms`)."""

from __future__ import annotations

import re

from ...bank import Concept

_IN_OUT_RE = re.compile(
    r"(?<![\w-])([a-z]{4,8})[ -]in(?:,\s*|\s+|\s*[-–]\s*)([a-z]{4,8})[ -]out(?![\w-])",
    re.IGNORECASE,
)
"""An order said as what goes in and what comes out ("last in, first out", "first-in
first-out"): its words are all function words, so no unit names it; read whole (in_out_terms)."""
ORDER_WORDS = frozenset("first last earliest latest oldest newest highest lowest".split())
"""Words that say a place in an order: the only halves of an in-and-out expression read."""


def in_out_terms(reference: str) -> list[tuple[Concept, tuple[int, int]]]:
    """The orders the reference names as what goes in and what comes out ("A stack is last
    in, first out"), each a term named as written, with its initials as an alias ("LIFO") and
    the words without punctuation ("last in first out"), and where it is written.

    >>> [c.phrases for c, _ in in_out_terms("A queue is first-in, first-out.")]
    [('first-in, first-out', 'FIFO', 'first in first out')]
    """
    found: list[tuple[Concept, tuple[int, int]]] = []
    for match in _IN_OUT_RE.finditer(reference):
        into, out = match.group(1).lower(), match.group(2).lower()
        if into not in ORDER_WORDS or out not in ORDER_WORDS:
            continue
        name = " ".join(match.group(0).lower().split())
        plain = f"{into} in {out} out"
        acronym = f"{into[0]}I{out[0]}O".upper()
        if any(c.name == name or plain in c.aliases for c, _ in found):
            continue
        aliases = (acronym,) + ((plain,) if plain != name else ())
        found.append((Concept(name=name, aliases=aliases), match.span()))
    return found
