"""Words that open with "on" or "off": "on-policy", "off-policy", "on-device", "off-topic".

The particle is a stop word, so a phrase kept only the word after it: "on-policy distillation"
was read as "policy distillation" and found where an answer says "off-policy distillation", and
the reverse. A particle joined to the next word is read with it as one compound word, found in an
answer that writes the two words joined by a hyphen or apart ("on policy"). Only "on" and "off":
read the same way, "in", "out", "over" and "under" moved tunable grades the wrong way ("in-context
examples" no longer found in "context, examples" said of a prompt, dev d0754 adequate -> weak);
"up" and "down" are direction words already kept (vocabulary.DIRECTION_WORDS).
"""

from __future__ import annotations

from .vocabulary import STOP_WORDS
from .words import HYPHEN_CHARS, Text

PARTICLES = frozenset(("on", "off"))
"""Particles that change the word they open ("on-policy", "off-policy"), each the other's
opposite."""


def particle_compounds(text: Text, *, hyphen_only: bool) -> dict[int, tuple[str, str]]:
    """The index of each word that a particle opens -> (compound word, compound stem): "policy"
    in "on-policy" -> ("on-policy", its stem). With `hyphen_only` (a phrase of a rubric), only
    words joined by hyphens; else (an answer) also words one space apart ("on policy"), so that
    a phrase written with the hyphen is found in an answer written without it."""
    words = text.words
    if PARTICLES.isdisjoint(words):
        return {}
    raw, spans, stems = text.raw, text.spans, text.stems
    joins = HYPHEN_CHARS if hyphen_only else HYPHEN_CHARS | {" "}
    found: dict[int, tuple[str, str]] = {}
    for i, word in enumerate(words[:-1]):
        if word not in PARTICLES:
            continue
        j = i + 1
        head = words[j]
        if head in STOP_WORDS or not _joined(raw, spans, i, j, joins):
            continue
        found[j] = (f"{word}-{head}", f"{word}-{stems[j]}")
    return found


def _joined(raw: str, spans: list[tuple[int, int]], i: int, j: int, joins: frozenset[str]) -> bool:
    end, start = spans[i][1], spans[j][0]
    return start == end + 1 and raw[end] in joins
