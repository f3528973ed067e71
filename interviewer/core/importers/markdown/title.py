"""A Markdown list's title: its first line of text, unless that line is already a question.

The title is the first line that reads as text once Markdown is taken off (`clean_inline`:
a heading's marks, emphasis, links, HTML and HTML comments), with two exceptions (play67):

- **Front matter.** A file that opens (blank lines and HTML comments aside) with a `---` line
  closed by another `---` line opens with YAML front matter, as a documentation site's page
  does: its `title:` gives the title ("title: The 30 most common Software Engineer behavioral
  interview questions"), quotes taken off; without one the block is passed over. The bank was
  titled "---".
- **A separator is no title.** A line of only `-`, `*`, `_` or `=` marks (`---`, `***`,
  `===`) is passed over.

A list that opens with its first question has no title line (None: the file's name is used).
"""

from __future__ import annotations

import re

from ..text import clean_inline

_FENCE_RE = re.compile(r"^\s*---\s*$")
_TITLE_RE = re.compile(r"^title\s*:\s*(.+?)\s*$", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"^[\s\-*_=]+$")


def front_matter_end(lines: list[str]) -> int:
    """The number of the line that closes the file's front matter (1-based), 0 when it has
    none (see the module)."""
    start = next((n for n, line in enumerate(lines) if clean_inline(line).strip()), None)
    if start is None or not _FENCE_RE.match(lines[start]):
        return 0
    return next((n + 1 for n in range(start + 1, len(lines)) if _FENCE_RE.match(lines[n])), 0)


def list_title(lines: list[str], kinds: dict[int, str]) -> str | None:
    """The title of a list read from `lines` (`kinds`: each line's kind in the account, by
    number), or None when the list opens with its first question (see the module)."""
    end = front_matter_end(lines)
    for line in lines[:end]:
        found = _TITLE_RE.match(line.strip())
        if found:
            return clean_inline(found.group(1).strip("\"'"))
    for number, line in enumerate(lines[end:], start=end + 1):
        cleaned = clean_inline(line.lstrip("# ").strip())
        if not cleaned or _SEPARATOR_RE.match(cleaned):
            continue
        return None if kinds.get(number) in ("question", "answer") else cleaned
    return None
