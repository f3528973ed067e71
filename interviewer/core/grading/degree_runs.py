"""Strings of terms with a degree word in them: "oxygen more electronegative hydrogen shared
electrons covalent bonds bent shape dipoles cancel" claims nothing, yet its "more" is a
function word, so bare_runs.bare_run (a run with none) had not read it as a string of terms
(91.6 `strong` against a chemistry key in reference mode, refmode39).

A degree word right before a content word ("more electronegative", "less dense", "most
recent") with no "than" and no verb of comparison around it says which property, not how two
things compare: it is read as part of its term, as a phrasal verb's particle is
(bare_runs.PARTICLES). Only in runs of bare_runs.BARE_RUN_WORDS words or more with no other
function word: a shorter run ("water bent, oxygen more electronegative") is a terse note of two
claims with their verbs left out. Used by reference mode only (reference_scoring.grade), where
a teacher's own key has no rubric to tell a string of terms from an answer.
"""

from __future__ import annotations

from .bare_runs import BARE_RUN_WORDS, PARTICLES
from .term_items import RELATION_SIGNS, in_compound
from .text import STOP_WORDS, Text

DEGREE_WORDS = frozenset("more less most least".split())
"""Words that grade the word after them."""


def degree_run(text: Text) -> bool:
    """Whether the text is a run of at least BARE_RUN_WORDS other words whose only function words
    are degree words before a content word (at least one of them), particles after a content
    word, or words inside a hyphenated term; never a note relating its terms with signs."""
    words = text.words
    if len(words) < BARE_RUN_WORDS or any(map(text.raw.__contains__, RELATION_SIGNS)):
        return False
    degrees = 0
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in DEGREE_WORDS and following and following not in STOP_WORDS:
            degrees += 1
            continue
        if word not in STOP_WORDS or in_compound(text, i):
            continue
        if word in PARTICLES and i > 0 and words[i - 1] not in STOP_WORDS:
            continue
        return False
    return degrees > 0 and len(words) - degrees >= BARE_RUN_WORDS
