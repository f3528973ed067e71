"""A clause taken back by the one right after it: "X, or rather Y" and "X - no, Y" say Y
instead of X, so what X says is set aside (clauses.Structure.dismissed) as after "rather than":
neither credited as a claim of the candidate's own nor held against them as a wrong one."""

from __future__ import annotations

from .unit_spans import unit_end

DASHES = ("-", "\u2013", "\u2014")
"""A hyphen, an en dash and an em dash: " - no, ..." within a line."""


def corrected_after(
    raw: str,
    spans: list[tuple[int, int]],
    words: list[str],
    sentences: list[int],
    clauses: list[int],
    last: int,
) -> bool:
    """Whether the clause that holds word `last` is taken back by the clause right after it:
    ", or rather ..." in the same sentence, or " - no, ..." on the same line (a spaced hyphen
    may open a list item, read as a sentence of its own: here it is a dash)."""
    k = unit_end(clauses, last) + 1
    if k >= len(words):
        return False
    gap = raw[spans[k - 1][1] : spans[k][0]]
    if words[k] == "or" and k + 1 < len(words) and words[k + 1] == "rather" and "," in gap:
        return sentences[k] == sentences[last]
    return (
        words[k] == "no"
        and any(dash in gap for dash in DASHES)
        and not any(mark in gap for mark in "\n.!?")
        and k + 1 < len(words)
        and clauses[k + 1] != clauses[k]
    )
