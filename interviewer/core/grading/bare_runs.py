"""Runs of terms with nothing between them that relates them, whatever their punctuation
(`bare_run`): "LoRA low-rank matrices frozen weights adapters rank alpha merge" claims nothing.
One of the ways keywords.is_keyword_string tells a keyword string."""

from __future__ import annotations

from .sentence_verbs import stated_verb
from .term_items import RELATION_SIGNS, in_compound
from .text import STOP_WORDS, Text
from .verbs import is_verb

BARE_RUN_WORDS = 8
"""A run of this many words with no function word at all is a string of terms, whatever its
punctuation: "LoRA low-rank matrices frozen weights adapters rank alpha merge" claims
nothing. (The tersest correct answers on the development set and the 804 validation answers
give at least 12% of their words to function words.)"""
BARE_RUN_NO_VERB = 5
"""A shorter run, from this many words, with neither a function word nor a verb, claims
nothing either: "photosynthesis sunlight water carbon dioxide glucose oxygen" (80.8 in
reference mode before: only commas made it a list)."""


NOUN_GLUE = frozenset({"of"})
"""The one function word a bare run may hold, and only with no verb: it joins a term's own
words ("angle of sunlight"), so "Axial tilt angle of sunlight day length" still claims nothing
(play23 F7: 60.2 against its own answer key, with no feedback)."""


TERM_NEGATIONS = frozenset({"not", "no"})
"""A negation with no verb in the run to negate, right before a content word, names a term
("not null", "no duplicates"): "primary key unique not null row identify" claims nothing
(87.9 `strong` against an SQL key, stop 34: its "not" alone had made it read as a sentence).
Read so only where the run has no verb and BARE_RUN_NO_VERB words besides its negations, as
"of" is (NOUN_GLUE): "lists mutable tuples not mutable" is a terse claim with its verb left
out, too short to be read as a string of terms. Not in notes that relate their terms with
signs (as PARTICLES): "no single accuracy metric → LLM-judge/human evals" states that there is
none (a terse correct note of keyword_strings.yaml)."""


PARTICLES = frozenset("up down out off".split())
"""The particle of a phrasal verb ("speeds up", "slows down"): part of its verb, no function
word that relates terms: "speeds up storage writes index column lookups reads" claims nothing
(play27 M1: 86.0 `strong` in reference mode, the particle alone had kept it from being read as
a run of terms). Not in notes that relate their terms with signs ("high-res images blow up
sequence length -> need compression", a terse correct answer of keyword_strings.yaml): there
the particle stays a function word, as before."""


def bare_run(text: Text, ignore: frozenset[int]) -> bool:
    """Whether the answer (outside `ignore`) is BARE_RUN_WORDS words or more, none of them a
    function word (a verb's particle is none: PARTICLES; nor is a function word inside a
    hyphenated term, see `in_compound`); or BARE_RUN_NO_VERB or more, none a function word
    (but NOUN_GLUE) nor a verb, where an answer written as one plain sentence has its verb
    where a verb stands (sentence_verbs.stated_verb: "Gradient checkpointing stores every
    activation.")."""
    kept = [i for i in range(len(text.words)) if i not in ignore]
    words = [text.words[i] for i in kept]
    signed = any(map(text.raw.__contains__, RELATION_SIGNS))  # RELATION_SIGN_RE's, each
    negations = frozenset() if signed else _term_negations(text, kept)
    if len(words) < BARE_RUN_NO_VERB or any(
        w in STOP_WORDS
        and w not in NOUN_GLUE
        and k not in negations
        and not in_compound(text, i)
        and (signed or not _particle(text, kept, k))
        for k, (i, w) in enumerate(zip(kept, words, strict=True))
    ):
        return False
    # a function word inside a hyphenated term ("state-of-the-art") is part of its name; a
    # negation naming a term is counted as "of" is: not as a word of the run
    glued = len(negations) + sum(
        1 for i, w in zip(kept, words, strict=True) if w in NOUN_GLUE and not in_compound(text, i)
    )
    if len(words) - glued < BARE_RUN_NO_VERB:
        return False
    if len(words) >= BARE_RUN_WORDS and not glued:
        return True
    stems = [text.stems[i] for i in kept]
    return not any(
        is_verb(w, stems[k], words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else "")
        for k, w in enumerate(words)
    ) and not stated_verb(text, kept)  # one plain sentence: "X stores every Y." (lines67)


def _term_negations(text: Text, kept: list[int]) -> frozenset[int]:
    """The places (in `kept`) of the negations that name a term (TERM_NEGATIONS): each right
    before a content word next to it, not inside a hyphenated term. Whether the run has a verb
    they could negate is checked by `bare_run`, which reads them so only when it has none."""
    words = text.words
    return frozenset(
        k
        for k, i in enumerate(kept[:-1])
        if words[i] in TERM_NEGATIONS
        and kept[k + 1] == i + 1
        and words[i + 1] not in STOP_WORDS
        and not in_compound(text, i)
    )


def _particle(text: Text, kept: list[int], k: int) -> bool:
    """Whether the k-th kept word is the particle of a verb before it ("speeds up", "scale
    out"): one of PARTICLES right after a content word ("speeds" is no verb of verbs.py's list,
    and a string of terms has no subject to tell a verb by)."""
    if k == 0 or text.words[kept[k]] not in PARTICLES or kept[k - 1] != kept[k] - 1:
        return False
    return text.words[kept[k - 1]] not in STOP_WORDS
