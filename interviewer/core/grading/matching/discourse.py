"""Words of a discourse marker ("for example", "for instance", "as an example"): they announce
what follows, they say nothing about examples.

The bank's thesaurus reads "example", "instance" and "demonstration" as one word, so an alias
naming examples ("few-shot examples", "demonstrations") was found in any answer that said "for
example" (an alias of genai-053 was taken out for that in stop 46). The matcher leaves the
marker's noun out of the answer's words (`Answer.of`); the text keeps it, so the length of an
answer and the reading of a keyword list (a sentence's marker) are as they were.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import phrase_spans

MARKER_NOUNS = frozenset(("example", "instance"))
"""The nouns of the markers."""
_LEADS = (("for",), ("as", "an"), ("as", "one"))
"""The words right before a marker's noun: "for example", "as an example"."""
_MARKERS = tuple((*lead, noun) for lead in _LEADS for noun in sorted(MARKER_NOUNS))
"""The markers, each a lead and a noun."""


def marker_nouns(words: Sequence[str]) -> frozenset[int]:
    """Positions of the nouns of discourse markers in `words` ("example" in "for example, a
    cache"; not in "each example", "few-shot examples")."""
    if not MARKER_NOUNS.intersection(words):
        return frozenset()
    return frozenset(span[-1] for span in phrase_spans(words, _MARKERS))
