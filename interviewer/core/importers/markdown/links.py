"""Links in a question list: a list item that is only a link, and a section of links, hold no
question.

A list often ends with its author's pointers to other lists ("# Other question list", then
"* [List of ML questions](https://...)"): play65 imported them as questions, and the
paragraph after them as the last one's answer. What an importer can tell honestly, from the
text alone:

- **A link-only item is no question.** A bullet or numbered item whose text is nothing but
  Markdown links or bare URLs (and the separators between them), when no question is open
  or the item would start one, and its text does not end in "?": skipped (`LINK_ONLY`).
  - Skipped: `* [List of ML questions](https://github.com/...)`, `- https://example.com/faq`.
  - Kept: `* [Why L1 sparse?](https://stats.stackexchange.com/...)` (it asks: a question);
    `- [the paper](https://...)` under an open question, read into its answer as before;
    `- Read [this](https://...) and explain it.` (text besides the link).
- **A section titled as a list of links holds no question.** A heading whose whole title is
  one of `SECTION_TITLES` ("See also", "Contents", "Table of contents", "Further reading",
  "Useful links", "Related lists" ...) or reads "Other ... list(s)/links/resources" ("Other
  question list", "Other interview question lists"): the heading and every line under it, up
  to the next heading as deep or shallower, are skipped (`IN_SECTION`).
  - Skipped: "# Other question list" and the four link bullets and the paragraph under it.
  - Kept: "## Other topics", "## Resources", "## More questions" (they may hold questions:
    the title alone does not say); a "### See also" under "## Python" skips up to the next
    "###" or "##".

An introduction's own questions ("Why do we need the 8209th questions list on github? The
questions here ...") are read by `introduction.py` (play67).
"""

from __future__ import annotations

import re

from ..text import clean_inline, ends_question

LINK_ONLY = "a link only, not a question"
"""The account's note for a link-only item."""
IN_SECTION = "in a section of links ({}): no question"
"""The account's note for a line of a section of links (its heading's title)."""

_LINK_RE = re.compile(
    r"!?\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|<https?://[^>\s]+>|https?://\S+"
)
"""A Markdown link or image, an autolink or a bare URL."""
_SEPARATORS_RE = re.compile(r"^[\s,;:|/·•*_()\-–—]*$")
"""What may stand between the links of a link-only item (and emphasis marks around them)."""

SECTION_TITLES = frozenset(
    {
        "see also",
        "contents",
        "table of contents",
        "toc",
        "further reading",
        "useful links",
        "related links",
        "external links",
        "more links",
        "links",
        "related lists",
        "related repositories",
    }
)
"""Titles of a section of links (compared in lower case, trailing ':' dropped)."""
_OTHER_LISTS_RE = re.compile(
    r"^other\b[\w\s'&-]*\b(?:lists?|links|resources|repositories|repos)$", re.IGNORECASE
)
"""'Other question list', 'Other interview question lists', 'Other resources'."""


def link_only(body: str) -> bool:
    """Whether a list item's text (`body`, as written) is nothing but links or URLs and
    separators, and its text does not ask ('?')."""
    if not _LINK_RE.search(body):
        return False
    if not _SEPARATORS_RE.match(_LINK_RE.sub(" ", body)):
        return False
    return not ends_question(clean_inline(body))


def links_section(title: str) -> bool:
    """Whether a heading's title (as written) names a section of links (see the module)."""
    text = clean_inline(title).strip().rstrip(":").strip().lower()
    text = re.sub(r"^[^\w]+", "", text)  # "📚 See also"
    return text in SECTION_TITLES or _OTHER_LISTS_RE.match(text) is not None
