"""What the words around a statement say of it, read once per statement (speed60): the
segment it stands in, the clause that may judge it right after it (judgments.py), and the first
negation in its segment. `Asides.judging` keeps one `Judging` per statement, so that
`Asides.dismissed_otherwise` and `judged_false.judged_false` (which read the same clauses for
the same statement, up to four times at 3.44) share it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .judgments import judged_wrong_next, named_judged_wrong
from .unit_spans import unit_end


class Judging(NamedTuple):
    """The readings of the words around the statement at words first..last."""

    start: int
    """The first word of the statement's segment."""
    end: int
    """The last word of the statement's segment."""
    clause_end: int
    """The last word of the clause holding the statement's last word."""
    negated: int
    """The first word from `start` to `end` in the reach of a negation standing at `start` or
    after it (`end` + 1 when there is none): the statement up to word `p` is plain (no
    negation of its own) when `negated > p`."""
    wrong_after_statement: bool
    """`judgments.judged_wrong_after(first, last)`: "..., which is wrong"; "the claim that X is
    false"."""
    wrong_after_segment: bool
    """`judgments.judged_wrong_after(first, end)`: the judgment after the rest of the segment
    ("Some say X, just like Y, but that is a myth")."""


def judging_of(
    words: Sequence[str],
    sentences: Sequence[int],
    clauses: Sequence[int],
    reach: Sequence[int],
    segment: tuple[int, int],
    first: int,
    last: int,
) -> Judging:
    """The `Judging` of the statement at words first..last in `segment` (its first and last
    word). A segment's end closes a clause, so the judgment after the segment is the one after
    the statement's clause when that clause ends the segment, and is read once then."""
    start, end = segment
    ends = unit_end(clauses, last)
    after_clause = judged_wrong_next(words, sentences, clauses, ends)
    negated = next((p for p in range(start, end + 1) if reach[p] >= start), end + 1)
    return Judging(
        start,
        end,
        ends,
        negated,
        after_clause or named_judged_wrong(words, sentences, clauses, first, last, ends),
        after_clause if ends == end else judged_wrong_next(words, sentences, clauses, end),
    )
