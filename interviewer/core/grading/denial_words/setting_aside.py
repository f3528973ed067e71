"""The words and phrases that set a statement aside as about something else: a contrast
("but", "whereas"), a rejection ("unlike", "rather than"), a difference ("differs from") or
a comparison ("compared with")."""

from __future__ import annotations

from .phrase_lists import by_first_word

CONTRASTS = frozenset("but whereas while although though however unlike compared versus vs".split())
"""Words that start a new segment: the claim after them is about something else."""
REJECTING = (
    "unlike",
    "rather than",
    "instead of",
    "as opposed to",
    "contrary to",
    "replaces",
    "replacing",
    "replaced",
)
"""Phrases after which, in the same sentence, a statement is named only to be set aside."""
DIFFERING = ("differ from", "differs from", "differed from", "different from", "distinct from")
"""Phrases that set what follows them apart from the subject before them: a statement across
them is denied ("penalties differ from temperature"), and a relative clause on the noun after
them is said of that noun ("they differ from temperature, which rescales every logit"). Unlike
"unlike", the rest of their clause is still the subject's ("LoRA differs from full fine-tuning
in training two small matrices")."""

COMPARED_WITH = ("compared with", "compared to", "in contrast to", "in contrast with")
"""Phrases naming another thing to compare with: a relative clause on the noun after them is
said of that noun ("compared with prompting, where you only change settings like temperature,
fine-tuning ..."); the rest of their clause is the subject's ("LoRA is cheaper compared with
full fine-tuning")."""


REJECTING_WORDS = by_first_word(REJECTING)
DIFFERING_WORDS = by_first_word(DIFFERING)
COMPARED_WITH_WORDS = by_first_word(COMPARED_WITH)
