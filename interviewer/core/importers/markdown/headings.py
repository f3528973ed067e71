"""Headings that ask without a '?': a numbered heading among numbered questions (`###### 14. All
object have prototypes.`), one asking about the code under it (`#### 1. What is the output of
below code`), and a numbered item written as a heading (`1. ### What are the possible ways to
create objects in JavaScript`). A heading that does not ask (`## 1. Basics` over `### 1. What
is ...?`, `1. ### Closures`) stays a topic or text."""

from __future__ import annotations

import re

from ..text import clean_inline, ends_question, is_question_like
from .code_block import asks_about_code
from .syntax import HEADING_RE, ITEM_HEADING_RE, Q_PREFIX_RE, opens_with_question_word

NUMBER_PREFIX_RE = re.compile(r"^\d{1,4}\s*[.)]\s+\S")
"""A heading's number (`###### 14. All object have prototypes.`)."""


def numbered_question_depths(lines: list[str]) -> set[int]:
    """The depths at which two or more numbered headings ask (`###### 1. What's the
    output?`): there a numbered heading is a question whatever its end, as the list numbers
    it among them (lydiahallie's `###### 14. All object have prototypes.`, a true-or-false
    question, over its choices); `## 1. Basics` over `### 1. What is ...?` stays a topic."""
    asking: dict[int, int] = {}
    for line in lines:
        heading = HEADING_RE.match(line.strip())
        if heading is None:
            continue
        text = clean_inline(heading.group(2))
        if NUMBER_PREFIX_RE.match(text) and (ends_question(text) or code_heading(text)):
            depth = len(heading.group(1))
            asking[depth] = asking.get(depth, 0) + 1
    return {depth for depth, count in asking.items() if count >= 2}


def code_heading(heading: str) -> bool:
    """A heading that asks about code shown under it without a '?' (`1. What is the output of
    below code`): a question, not a topic."""
    text = Q_PREFIX_RE.sub("", heading).strip()
    return asks_about_code(text) and (opens_with_question_word(text) or is_question_like(text))


def heading_asks(body: str) -> bool:
    """Whether a numbered item's text is a heading that asks without a '?' (`1. ### What is the
    output of below code`, `1. ### What are the possible ways to create objects in
    JavaScript`: sudheerj's lists): it opens with a question word or asks about code shown
    under it. `1. ### Closures` stays text."""
    if not ITEM_HEADING_RE.match(body):
        return False
    text = clean_inline(ITEM_HEADING_RE.sub("", body))
    return opens_with_question_word(text) or asks_about_code(text)
