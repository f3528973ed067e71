"""A theme's phrase said after a modal is feared or supposed, not told.

relevance.py asks whether a story shows what its question asks about. A marathon story to "Tell
me about a time you missed a deadline." says "I was worried I would miss my target time": the
miss is feared, and the runner finished ten minutes under the goal (star66's sa-off1, star67's
sa-off1). Rule: a phrase is supposed when the word right before it is "would", "might", "may"
or "could", or those two words before it are one of them and "have" or "be" ("we would have
missed the launch", "it could be late"), unless the phrase starts with "not" ("it would not
work" in a told story is what happened: the build refused to work).

- In (supposed, not told): "I was worried I would miss my target time", "we might miss the
  release", "it could have broken the build", "the report may be late".
- Out (told): "I missed the deadline", "the new build would not work" (the phrase "not work"
  starts with "not"), "I should have asked" ("should have" is a
  phrase of its own, told), "we could not ship" (no theme phrase starts at "ship").
"""

from __future__ import annotations

from ..text.function_words import BARE_BE_HAVE
from .phrases import Reader

MODALS = frozenset(("would", "might", "may", "could", "would've", "might've", "could've"))
"""The words that put what follows them in fear or supposition."""


def is_supposed(reader: Reader, first: int) -> bool:
    """Whether the phrase starting at word `first` is feared or supposed, not told."""
    words = reader.words
    if words[first] == "not":
        return False
    if first >= 1 and words[first - 1] in MODALS:
        return True
    return first >= 2 and words[first - 1] in BARE_BE_HAVE and words[first - 2] in MODALS
