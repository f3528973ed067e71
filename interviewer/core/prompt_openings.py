"""The opening word of a prompt: the instruction verbs a question opens with ("Explain",
"Describe", "Tell"), and a typo of one ("Descibe a project ..." -> "describe"). Read by the
importers (is it a question line?) and by `story_prompts` (does it ask for a story?), which
grading uses too; plain text reading, no import of the importers' input."""

from __future__ import annotations

import re

INSTRUCTION_WORDS = frozenset(
    "explain describe tell give name define compare contrast list discuss walk share talk "
    "outline summarize summarise suppose imagine state derive design estimate implement write "
    "identify distinguish differentiate".split()
)


NEAR_MISSES = frozenset(
    "contract defile drive deride deprive deign discus discuses identity imaging impalement "
    "outlive summaries whit wheat whet wham".split()
)
"""English words one edit from an opening verb (`contract` ~ contrast, `identity` ~ identify,
`deign` ~ design): found by checking every word of a 100,000-word English list against the
verbs, they are words of their own, not typos."""


def misspelt_opening(text: str) -> str | None:
    """The verb the text's first word is a typo of, when it is a typo of an instruction verb of
    six letters or more, or of 'what'/'which' (`Descibe a project ...` -> 'describe',
    `Explian how ...`, `Waht is ...`): one letter left out, added, changed or swapped with its
    neighbour, the first letter as written; else None. An inflected verb (`Describes`,
    `Designed`), another first letter (`Resign`) and the English words in NEAR_MISSES are not
    typos."""
    from rapidfuzz.distance import DamerauLevenshtein

    first = re.match(r"[A-Za-z]+", text.lstrip(OPENING_QUOTES))
    word = first.group(0).lower() if first else ""
    if len(word) < 4 or word in NEAR_MISSES or word in INSTRUCTION_WORDS:
        return None
    for verb in sorted(TYPO_CHECKED):
        if (
            word[0] == verb[0]
            and not word.startswith(verb)
            and DamerauLevenshtein.distance(word, verb, score_cutoff=1) <= 1
        ):
            return verb
    return None


OPENING_QUOTES = "\"'\u201c\u2018\u00ab"
"""Quotes a prompt may open with, as an interviewer's line is quoted."""
TYPO_CHECKED = frozenset(w for w in INSTRUCTION_WORDS if len(w) >= 6) | {"what", "which"}
"""The words whose typos are read as them: the longer instruction verbs, 'what' and 'which'."""
