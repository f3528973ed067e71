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

Rubric mode gives a one-word name or alias that is a noun of quality its adjective
("accountability" / "accountable", "privacy" / "private"): `with_quality_adjectives`. Not in
the stemmer: reading the two as one stem there moved 159 grades (a wrong answer's "factually
reliable" counted as on the subject of "reliability", 8.5 -> 40.0; "fair" fired a
misconception written with "fairness"; the thesaurus mate "responsibility" took in
"responsibly").
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


_QUALITIES = (
    # (ending of a noun of quality made from an adjective, the adjective's ending), tried in
    # order; the part kept before the ending has four letters at least, so "legacy", "agency",
    # "latency" and "harness" are read as no noun of quality
    ("ability", "able"),
    ("ibility", "ible"),
    ("ency", "ent"),
    ("ancy", "ant"),
    ("acy", "ate"),
    ("ness", ""),
)
_OTHER_SENSES = frozenset("correct natural slow currency emergency frequency".split())
"""Nouns of quality whose adjective (or the noun itself) names another thing too: "the correct
answer" says nothing of correctness, "natural language" nothing of naturalness; a "currency"
is no "current"."""


def quality_adjective(word: str) -> str | None:
    """The adjective a noun of quality (one word, lower case) is made from: "accountability"
    -> "accountable", "transparency" -> "transparent", "privacy" -> "private", "fairness" ->
    "fair"; None for other words. The stemmer keeps the two apart (the adjective's stem is
    "accountabl", the noun's "accountability"), and a plain answer says with the adjective
    ("who is accountable") what a rubric names with the noun.

    >>> quality_adjective("accountability"), quality_adjective("robustness")
    ('accountable', 'robust')
    """
    if not word.isalpha() or word in _OTHER_SENSES:
        return None
    for suffix, keep in _QUALITIES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            adjective = word[: len(word) - len(suffix)] + keep
            return None if adjective in _OTHER_SENSES else adjective
    return None


def with_quality_adjectives(concepts: Iterable[Concept]) -> tuple[Concept, ...]:
    """The concepts, each one-word name or alias that is a noun of quality given its adjective
    as another alias (`quality_adjective`)."""
    result = []
    for concept in concepts:
        known = {p.strip().lower() for p in concept.phrases}
        forms: list[str] = []
        for phrase in concept.phrases:
            adjective = quality_adjective(phrase.strip().lower())
            if adjective is not None and adjective not in known and adjective not in forms:
                forms.append(adjective)
        result.append(replace(concept, aliases=(*concept.aliases, *forms)) if forms else concept)
    return tuple(result)
