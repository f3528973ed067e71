"""Text made safe inline in Markdown (a report's line, a table cell): every character Markdown
reads as markup escaped, so a student's `[link](x)` or `*bold*` is shown as typed, never
rendered as a link or bold. The report (report/markdown.py) and the class summary of `grade
--summary` (batch/class_summary.py) both write their text through it."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|#])")


def md_inline(text: str) -> str:
    """Inline text safe in Markdown and table cells: specials escaped, lines joined."""
    return md_escaped(" ".join(str(text).split()))


def md_escaped(text: str) -> str:
    """`text` with Markdown's specials escaped (`\\`, a backtick, `*`, `[`, `]`, `<`, `>`,
    `|`, `#`, and `_` at a word's edge: "snake_case" keeps its underscore bare); its spaces
    and line breaks as they are."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"(?<!\w)_|_(?!\w)", r"\\_", text)
