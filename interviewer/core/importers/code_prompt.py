"""A question that holds code (a table cell or a JSON string over several lines): its line
breaks and indentation are kept, where a prose question wrapped over lines is joined."""

from __future__ import annotations

import re

from .levels import take_level_mark
from .text import QUESTION_MARKS, clean_inline

_CODE_RE = re.compile(r"[(){};=<>\[\]]")
"""A character that prose rarely holds and code nearly always does."""
_SENTENCE_ENDS = tuple(QUESTION_MARKS + ":.!")


def code_prompt(raw: str) -> tuple[str, str | None] | None:
    """The prompt, line by line, and the level marked on its first or last line, when `raw`
    asks about code: its first line ends a sentence ("What does this code print?") and a line
    after it is indented or holds code (`console.log('one');`). None otherwise: a question
    wrapped over lines ("What is a\\nlong question?") reads as one line, as before (play60:
    every code question imported from a table lost its line breaks)."""
    lines = [line.rstrip() for line in raw.replace("<br>", "\n").splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    first, level = take_level_mark(clean_inline(lines[0]))
    rest = lines[1:]
    if not first.endswith(_SENTENCE_ENDS):
        return None
    if not any(line[:1].isspace() or _CODE_RE.search(line) for line in rest):
        return None
    kept = [first]
    for line in rest:
        cleaned = clean_inline(line)
        if cleaned:
            indent = line[: len(line) - len(line.lstrip())].expandtabs(4)
            kept.append(indent + cleaned)
    if len(kept) > 1:
        last, marked = take_level_mark(kept[-1])
        if marked is not None:
            indent = kept[-1][: len(kept[-1]) - len(kept[-1].lstrip())]
            kept[-1], level = indent + last, level or marked
    return "\n".join(line for line in kept if line.strip()), level
