"""What a missed concept's feedback quotes as nearest in the answer: the answer's clause closest
to the concept's description, cut to a readable length, in the candidate's own words.

The meaning match compares a description with each *segment* (clauses.py), one claim about one
subject; a long sentence with no contrast in it is one segment, and quoting it whole tells the
candidate nothing. A segment longer than `QUOTE_WORDS` words is narrowed to its *clause*
closest to the description (the one saying the most of its words, or when no one clause does,
the closest by the same similarity: asking it for every missed concept had cost 7% of grading
time on benchmarks/speed.py), joined by its neighbouring clauses (the
closer first) while the quote stays within `QUOTE_WORDS`; a clause longer than that is cut to the
window of that many words holding most of the description's words, with "…" where words were
left out. A quote is widened as evidence is (evidence.py: whole written words, closed brackets,
so "[bold]NF4[/bold]" is not quoted from "bold]"; care43). What stands
between the marks is always a verbatim span of the answer. Nothing here changes a score.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from .matching import Answer
from .text import Text

QUOTE_WORDS = 14
"""The most words a quote holds; a longer clause is cut (`cut_to_window`)."""
ELLIPSIS = "…"


def nearest_quote(
    answer: Answer,
    first: int,
    last: int,
    similarities_of: Callable[[list[tuple[int, int]]], list[float]],
    described: frozenset[str],
) -> str:
    """The clause of the segment `first`-`last` closest to a description, cut to a readable
    length.

    Args:
        answer: the parsed answer.
        first: the segment's first word.
        last: the segment's last word.
        similarities_of: the similarity of each of some units of the answer to the
            description (the meaning match's measure).
        described: the description's content stems, which decide where a long clause is cut.
    """
    text = answer.text
    if text.written_size(first, last) <= QUOTE_WORDS:
        return _whole(text, first, last)
    content = text.content
    clauses = [
        (start, end)
        for start, end in answer.structure.units("clause")
        if first <= start
        and end <= last
        and bisect_left(content, start) < bisect_right(content, end)
    ]
    if not clauses:
        return _whole(text, first, last)
    scores = _closest_first(answer, clauses, similarities_of, described)
    low = high = scores.index(max(scores))  # the first of equally close clauses
    # its neighbours join while the quote stays short: the more similar side first
    while True:
        sides = [k for k in (low - 1, high + 1) if 0 <= k < len(clauses)]
        sides = [
            k
            for k in sides
            if text.written_size(
                min(clauses[low][0], clauses[k][0]), max(clauses[high][1], clauses[k][1])
            )
            <= QUOTE_WORDS
        ]
        if not sides:
            break
        k = max(sides, key=lambda k: (scores[k], -k))
        low, high = min(low, k), max(high, k)
    start, end = clauses[low][0], clauses[high][1]
    cut_first, cut_last = cut_to_window(answer, start, end, described)
    quoted, cut_last = _readable(text, cut_first, cut_last)
    before = ELLIPSIS if cut_first > start else ""
    after = ELLIPSIS if cut_last < end else ""
    return f"{before}{quoted}{after}"


def _whole(text: Text, first: int, last: int) -> str:
    """Words `first`-`last` quoted (`_readable`), with "…" where words were left out."""
    quoted, quoted_last = _readable(text, first, last)
    return quoted + ELLIPSIS if quoted_last < last else quoted


def _readable(text: Text, first: int, last: int) -> tuple[str, int]:
    """Words `first`-`last` quoted as evidence is (whole written words, closed brackets:
    "[bold]NF4", not "bold]NF4"), and the last word quoted: the span loses words at its end
    while the widened quote holds more than `QUOTE_WORDS` words."""
    while True:
        quoted = text.evidence(first, last)
        if last <= first or len(Text.of(quoted).words) <= QUOTE_WORDS:
            return quoted, last
        last -= 1


def _closest_first(
    answer: Answer,
    clauses: list[tuple[int, int]],
    similarities_of: Callable[[list[tuple[int, int]]], list[float]],
    described: frozenset[str],
) -> list[float]:
    """How close each clause is to the description: by how many of its words the clause says
    when one clause says the most, else by the meaning match's similarity (the costlier
    measure, asked only when the words cannot tell)."""
    if len(clauses) == 1:
        return [0.0]
    stems, content = answer.text.stems, answer.text.content
    said = [
        float(
            len(
                {stems[i] for i in content[bisect_left(content, a) : bisect_right(content, b)]}
                & described
            )
        )
        for a, b in clauses
    ]
    best = max(said)
    if best > 0 and said.count(best) == 1:
        return said
    return similarities_of(clauses)


def cut_to_window(
    answer: Answer, first: int, last: int, described: frozenset[str]
) -> tuple[int, int]:
    """(first, last) word of a `QUOTE_WORDS`-word window of words `first`-`last` holding the
    most words with a stem of `described`: the first such window, moved on to start at the
    first of those words while it still ends within the span (so that the quote opens on what
    is near the description, not on words before it); the whole span when it is no longer than
    `QUOTE_WORDS`."""
    if answer.text.written_size(first, last) <= QUOTE_WORDS:
        return first, last
    stems = answer.text.stems
    hits = [int(stems[i] in described) for i in range(first, last + 1)]
    count = best = sum(hits[:QUOTE_WORDS])
    start = 0
    for k in range(1, len(hits) - QUOTE_WORDS + 1):
        count += hits[k + QUOTE_WORDS - 1] - hits[k - 1]
        if count > best:
            best, start = count, k
    if best:
        opening = hits.index(1, start)
        start = max(0, min(opening, len(hits) - QUOTE_WORDS))
    end = min(last, first + start + QUOTE_WORDS - 1)
    while end > first + start and answer.text.written_size(first + start, end) > QUOTE_WORDS:
        end -= 1  # words read as a term stand for more words as written
    return first + start, end
