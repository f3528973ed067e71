"""Markdown and plain-text question lists: headings become topics, questions are found in every
common style (numbered, bullets, bold lines, `Q:` markers, headings, `<summary>`), answers are the
text that follows them, and every line is accounted for.

syntax.py     the shapes of a line: headings, list items, markers, tables, topic titles
versus.py     "X vs Y" cheat-sheet entries as questions
building.py   the list being built: questions, answers, topic and level, the line account
lines.py      reading line by line: what each line is, given to the list being built
"""

from __future__ import annotations

from ..model import ImportedList, title_from_source
from ..text import clean_inline
from .lines import LineReader

__all__ = ["parse_markdown"]


def parse_markdown(text: str, source: str = "<text>") -> ImportedList:
    """Read a Markdown or plain-text question list; every line lands in the account."""
    lines = text.splitlines()
    parser = LineReader(lines, source)
    parser.run()
    title = ""
    kinds = {entry.line: entry.kind for entry in parser.account}
    for number, line in enumerate(lines, start=1):
        cleaned = clean_inline(line.lstrip("# ").strip())
        if cleaned:
            # A list that opens with its first question has no title line: name it after the
            # file, as CSV and JSON Lines lists are.
            if kinds.get(number) not in ("question", "answer"):
                title = cleaned
            break
    return ImportedList(
        title or title_from_source(source), parser.questions, parser.account, source
    )
