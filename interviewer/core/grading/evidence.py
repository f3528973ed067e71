"""Evidence that reads: a quoted span of the answer made of whole words and closed brackets.

A match gives the first and last word of what was said; the words are the tokenizer's, so a
span could stop inside "BERT-style" ("BERT"), "15%" ("15"), "torch.utils.checkpoint" or
"fine-tuning" ("approaches full fine"), open a bracket it does not close ("a text encoder
(CLIP") or close one it did not open ("hidden in retrieved documents) overrides ..."). The
span is widened to whole written words and to the bracket or quotation mark that closes it
when that is near and in the same sentence, else cut before the stray mark. The evidence stays
a verbatim span of the answer.
"""

from __future__ import annotations

import re

NEAR = 80
"""A bracket or quotation mark is looked for at most this many characters away."""
JOINERS = frozenset("-‐‑‒–_'’.@/")
"""Marks that go on with a word when a letter or digit stands on both sides ("BERT-style",
"torch.utils", "nDCG@k", "CI/CD")."""
PAIRS = {"(": ")", "[": "]", "“": "”"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_MARKS_RE = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS) + '"') + "]")
"""Any bracket or quotation mark that `_balanced` or `_quotes_closed` reads."""
SENTENCE_ENDS = frozenset(".!?\n")
LOOSE_ENDS = " \t\n,;:-–—"
"""What a quote does not begin or end with."""


def _in_word(raw: str, i: int) -> bool:
    """Whether the character at `i` belongs to a written word."""
    if raw[i].isalnum():
        return True
    return (
        raw[i] in JOINERS and 0 < i < len(raw) - 1 and raw[i - 1].isalnum() and raw[i + 1].isalnum()
    )


def _whole_words(raw: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _in_word(raw, start - 1):
        start -= 1
    while end < len(raw) and _in_word(raw, end):
        end += 1
    if end < len(raw) and raw[end] == "%" and raw[end - 1].isdigit():
        end += 1
    return start, end


def _sentence_end(raw: str, i: int) -> bool:
    """Whether a sentence ends at `i` (a full stop followed by a space, a line break)."""
    if raw[i] == "\n":
        return True
    return raw[i] in SENTENCE_ENDS and (i + 1 == len(raw) or raw[i + 1].isspace())


def _partner(raw: str, at: int, partner: str, step: int) -> int | None:
    """Where the bracket at `at` is matched by `partner`, looking forward (`step` 1) or back
    (-1), if near and in its sentence."""
    mark, depth = raw[at], 0
    stop = min(len(raw), at + NEAR) if step > 0 else max(-1, at - NEAR)
    for i in range(at, stop, step):
        if raw[i] == mark:
            depth += 1
        elif raw[i] == partner:
            depth -= 1
            if depth == 0:
                return i
        elif _sentence_end(raw, i):
            return None
    return None


def _closing(raw: str, at: int) -> int | None:
    """Where the bracket opened at `at` closes, if near and in its sentence."""
    return _partner(raw, at, PAIRS[raw[at]], 1)


def _opening(raw: str, at: int) -> int | None:
    """Where the bracket closed at `at` opened, if near and in its sentence."""
    return _partner(raw, at, CLOSERS[raw[at]], -1)


def _unbalanced(raw: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """The brackets of the span that open and are not closed in it, and that close and were
    not opened in it."""
    opened: list[int] = []
    stray: list[int] = []
    for i in range(start, end):
        if raw[i] in PAIRS:
            opened.append(i)
        elif raw[i] in CLOSERS:
            if opened and raw[opened[-1]] == CLOSERS[raw[i]]:
                opened.pop()
            else:
                stray.append(i)
    return opened, stray


def _balanced(raw: str, start: int, end: int) -> tuple[int, int]:
    opened, stray = _unbalanced(raw, start, end)
    for at in stray:
        found = _opening(raw, at)
        if found is not None and found < start:
            start = found
        elif at + 1 < end:
            start = max(start, at + 1)
    for at in reversed(opened):
        found = _closing(raw, at)
        if found is not None and found >= end:
            end = found + 1
        elif at > start:
            end = min(end, at)
    return start, end


def _quotes_closed(raw: str, start: int, end: int) -> tuple[int, int]:
    """A straight double quotation mark left open is closed by the next one in the sentence,
    or the span cut before it."""
    inside = [i for i in range(start, end) if raw[i] == '"']
    if len(inside) % 2 == 0:
        return start, end
    last = inside[-1]
    for i in range(end, min(len(raw), end + NEAR)):
        if raw[i] == '"':
            return start, i + 1
        if _sentence_end(raw, i):
            break
    if last > start:
        return start, last
    return last + 1, end


def readable(raw: str, start: int, end: int) -> tuple[int, int]:
    """The span [start, end) of `raw` widened to whole words and closed brackets, or cut
    before a stray one, without loose punctuation or spaces at its ends; never empty when the
    span held a word."""
    first = (start, end)
    for _ in range(3):
        before = (start, end)
        start, end = _whole_words(raw, start, end)
        # a span with no bracket or quotation mark is balanced and closed as it stands: most
        # are, and the marks are looked for in one step rather than character by character
        if _MARKS_RE.search(raw, start, end) is not None:
            start, end = _balanced(raw, start, end)
            start, end = _quotes_closed(raw, start, end)
        if (start, end) == before:
            break
    while start < end and raw[start] in LOOSE_ENDS:
        start += 1
    while end > start and raw[end - 1] in LOOSE_ENDS:
        end -= 1
    if not any(c.isalnum() for c in raw[start:end]):
        return first
    return start, end
