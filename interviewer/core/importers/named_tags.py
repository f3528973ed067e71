"""An HTML tag a line names as its subject, told from a tag that lays the line out.

A question list about web development writes tags in its questions ("What does the <br>
element do?", "What is the difference between the <div> and <span> tags?"); the importer
drops HTML tags as markup, and (play68) imported "What is the difference between the and
tags?". A tag is read as *named* (kept as written) when it stands in the line as a word does:

- it is not a pair's half: an opening tag whose closing tag follows on the line, or a closing
  tag whose opening tag went before (`<b>bold</b>`), wraps text and is markup;
- it carries no attribute with a value (`<p align="center">`, `<img src="x.png">` lay out);
- before it is the line's start, or a space, `(`, a quote, `,` or `/`; after a space, the last
  character before it is not one that ends a sentence or a tag (`.`, `!`, `?`, `>`): a `<br>`
  between two sentences breaks the line;
- after it comes the line's end, a space, closing punctuation (`?.,;:!)/` or a quote), or a
  plural `s` (`<link>s`);
- words stand on both sides of it: a letter before it (or it opens the line and is followed by
  a space), and a letter or a question mark after it.

Kept: "What does the <br> element do?", "Why write <strong> rather than <b>?", "What is the
alt attribute of an <img> for?", "<div> and <span>: which is inline?".
Dropped as before: "What is X?<br/>", "Answer here <br/>", "First line. <br> Second line.",
"<p align="center">What is <b>X</b>?</p>", "<details><summary>What is a closure?</summary>".
Tags written in backticks are code spans and kept by the caller; the tags no Markdown list uses
for its layout (`text._SUBJECT_TAGS`) are kept wherever they stand.
"""

from __future__ import annotations

import re

_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?(/?)>")
_ANY_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")
_BEFORE_OK = set(" \t(\"'\u201c\u2018,/")
_AFTER_OK = set(" \t?.,;:!)\"'\u201d\u2019/")
_SENTENCE_OR_TAG_END = set(".!?>")


def named_tags(line: str) -> list[tuple[int, int]]:
    """The spans (start, end) of the tags `line` names as its subject, by the rule above."""
    tags = list(_TAG_RE.finditer(line))
    return [(m.start(), m.end()) for m in tags if _is_named(line, m, tags)]


def _is_named(line: str, tag: re.Match[str], tags: list[re.Match[str]]) -> bool:
    closing, name, attributes = tag.group(1) == "/", tag.group(2).lower(), tag.group(3) or ""
    if "=" in attributes or _has_partner(tag, closing, name, tags):
        return False
    start, end = tag.start(), tag.end()
    before, after = line[:start], line[end:]
    if before and before[-1] not in _BEFORE_OK:
        return False
    stripped = before.rstrip()
    if stripped and stripped[-1] in _SENTENCE_OR_TAG_END and before != stripped:
        return False
    if after and after[0] not in _AFTER_OK and not re.match(r"s\b", after):
        return False
    words_after = _ANY_TAG_RE.sub(" ", after)
    if not re.search(r"[^\W\d_]|\?", words_after):
        return False
    words_before = _ANY_TAG_RE.sub(" ", before)
    if re.search(r"[^\W\d_]", words_before):
        return True
    return not stripped and after[:1] == " "


def _has_partner(tag: re.Match[str], closing: bool, name: str, tags: list[re.Match[str]]) -> bool:
    """Whether the tag is one half of a pair on the line: `<b>` with a later `</b>`, `</b>`
    with an earlier `<b>`."""
    for other in tags:
        if other.group(2).lower() != name or (other.group(1) == "/") == closing:
            continue
        if (not closing and other.start() > tag.start()) or (
            closing and other.start() < tag.start()
        ):
            return True
    return False
