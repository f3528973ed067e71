"""Other forms of a one-word key term that the stemmer (text.stem) does not bring to its stem.

Reference mode matches the terms of a teacher's key (derived from it, or the keywords given)
by their stems, and the light stemmer leaves some forms of one word apart: "retransmits"
(retransmit) and "retransmission", "acknowledges" (acknowledg) and "acknowledgement"
(acknowledge). Changing the stemmer would move every rubric-mode grade, so the term carries
the other forms as aliases instead, for these two families only:

- a verb in -mit and its noun in -mission ("transmit" / "transmission", "submit" /
  "submission", "permit" / "permission", "admit" / "admission"), both ways;
- a verb of _MENT_BASES and its noun in -ment ("acknowledge" / "acknowledgement",
  "manage" / "management", "enforce" / "enforcement"), both ways; not "state" /
  "statement", two words.

Only for terms of one word of at least MIN_LETTERS letters: a short word's other forms are
often other words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..bank import Concept
from .text import cached_stem

MIN_LETTERS = 6
_MIT = ("smit", "rmit", "bmit", "dmit")
"""Endings of the verbs in -mit whose noun is in -mission: not "limit", nor "commit" (whose
noun is "commitment"; a "commission" is another thing)."""
_MENT_BASES = ("dge", "nage", "gage", "rce", "ace", "ieve", "ove", "uire", "sure")
"""Endings of verbs whose noun in -ment keeps their "e", which the stemmer keeps too
("acknowledge", "manage", "engage", "enforce", "replace", "achieve", "improve", "require",
"measure"); not "storage", "state"."""


def other_forms(word: str) -> tuple[str, ...]:
    """The forms of `word` (lower case, one word) the stemmer reads as another stem, as above;
    none for other words.

    >>> other_forms("retransmits"), other_forms("acknowledgement")
    (('retransmission',), ('acknowledges',))
    """
    if not word.isalpha() or len(word) < MIN_LETTERS:
        return ()
    stem = cached_stem(word)
    if stem.endswith("tt"):
        stem = stem[:-1]  # "retransmitted": "retransmitt"
    if stem.endswith(_MIT) and not word.endswith("mission"):
        return (stem[:-1] + "ssion",)
    if word.endswith("mission") and len(word) > len("mission") + 1:
        return (word[: -len("ssion")] + "ts",)
    if word.endswith("ement") and word[: -len("ment")].endswith(_MENT_BASES):
        return (word[: -len("ment")] + "s",)
    base = word[:-1] if word.endswith(("es", "ed")) else word
    if base.endswith(_MENT_BASES) and len(base) >= MIN_LETTERS:
        return (base + "ment",)
    return ()


def with_other_forms(concepts: Iterable[Concept]) -> tuple[Concept, ...]:
    """The concepts, each one-word name given its other forms as aliases (`other_forms`)."""
    result = []
    for concept in concepts:
        name = concept.name.strip().lower()
        forms = (
            [f for f in other_forms(name) if f not in concept.aliases] if " " not in name else []
        )
        result.append(replace(concept, aliases=(*concept.aliases, *forms)) if forms else concept)
    return tuple(result)
