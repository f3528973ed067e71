"""A question list's introduction: the questions its author asks about the list itself, before
the list's first question, are no questions of the list.

A list often opens by asking about itself ("* Why do we need the 8209th questions list on
github? The questions here ...", "* How do you pick questions? ..."): play65 and play66 imported
them as the bank's first questions. What an importer can tell honestly, from the text alone:

- **An item that speaks of the list itself, before the list's first question, is none.** A
  bullet or numbered item (indent 0 or 1), while no question has been read yet and none is
  open, whose text names the list, its questions or where it is kept (`names_the_list`: "another
  list", "yet another ... list", "questions list", "list of questions", "these questions", "our
  questions", "the questions here/below/in this", "pick questions", "this repo", "this
  repository", "this guide", "this collection", "this cheat sheet"): skipped
  (`INTRODUCTION`), whether or not it asks.
  - Skipped: `* Why do we need the 8209th questions list on github? ...`, then `* How do you
    pick questions? A good question can ...` (still no question read).
  - Kept: `* What is a list comprehension?` (it does not name the list); `1. How do you
    reverse this list?` ("this list" is also a coding question's list: not read);
    `- How would you rank these questions by difficulty?` after the list's first question (the
    introduction is over once a question is read); `* What have you published on GitHub?`
    (where a list is kept is no sign: a behavioural list may ask it first).
"""

from __future__ import annotations

import re

INTRODUCTION = "the list's introduction, about the list itself: not a question"
"""The account's note for an introduction's item."""

_NAMES_THE_LIST_RE = re.compile(
    r"\b(?:yet\s+)?another\s+(?:[\w'-]+\s+){0,2}?lists?\b"
    r"|\bquestions?\s+lists?\b"
    r"|\blists?\s+of\s+(?:[\w'-]+\s+){0,2}?questions\b"
    r"|\b(?:these|our)\s+questions\b"
    r"|\bthe\s+questions\s+(?:here|below|in\s+this)\b"
    r"|\bpick(?:ed|ing|s)?\s+(?:the\s+|these\s+|our\s+)?questions\b"
    r"|\bthis\s+(?:repo|repository|guide|collection|cheat\s*-?sheet)\b",
    re.IGNORECASE,
)
"""What names the list itself (see the module)."""


def names_the_list(text: str) -> bool:
    """Whether an item's text (cleaned of Markdown) speaks of the list itself (see the
    module)."""
    return _NAMES_THE_LIST_RE.search(text) is not None
