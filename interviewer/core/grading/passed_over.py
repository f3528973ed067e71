"""What an answer passes over: the words after "rather than", "instead of" or "as opposed to",
following its clause's own words, name what the candidate says is *not* so ("generates text
by filling all positions in one pass rather than one token at a time", "retrieves the closest
image rather than generating one"), so a rubric concept said only there is not credited as
said (wrong46).

Not passed over: a phrase that opens its clause ("Instead of storing all activations, you save
a few checkpoints" names the usual way as the background of the claim); what follows a verb
joined by "and"/"or" after it ("limited by memory traffic rather than arithmetic and needs
memory quadratic in length"); what follows a removal verb ("removes the reward model rather
than the critic" keeps the critic: clauses.Structure.passed_over); and a concept whose own
description sets it against another way (`names_a_foil`: "Normally all activations are
kept", "8-bit integers instead of 16-bit floats", "beam search finds better sequences than
greedy"), which an answer names rightly as the way not taken. A concept said in the negative
("no reward model") is read by `instead_of.done_without`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .denial_words import by_first_word
from .text.function_words import COORDINATORS
from .verbs import is_verb

PASSING_OVER = by_first_word(("rather than", "instead of", "as opposed to"))
"""Phrases whose clause, after them, names what the candidate sets aside for something else."""
_LINKING = frozenset(("so", "and", "but", "then", "thus", "here", "now", "also", "therefore"))
"""Words that may stand before a phrase opening its sentence: "So instead of X, ..."."""
_FOIL = re.compile(
    r"\b(?:rather than|instead of|as opposed to|unlike|than|normally|compared|versus)\b", re.I
)
"""Words by which a concept's description sets it against another way: the concept may be
the way not taken."""


def names_a_foil(description: str) -> bool:
    """Whether a concept's description sets it against another way ("Normally ...", "...
    instead of 16-bit floats", "... than greedy")."""
    return _FOIL.search(description) is not None


def passing_over(
    words: Sequence[str],
    stems: Sequence[str],
    clauses: Sequence[int],
    sentences: Sequence[int],
    positions: Sequence[int],
) -> int:
    """Where the passing-over phrase stands that every word at `positions` follows in one
    clause, after words of its sentence's own claim (", rather than X" counts; "Instead of X,
    ..." opening the sentence does not) and the phrase not among them (an alias "instead of
    retraining" says the setting aside itself); -1 when there is none."""
    first, last = min(positions), max(positions)
    if clauses[last] != clauses[first]:
        return -1
    i = first - 1
    while i >= 0 and clauses[i] == clauses[first]:
        for phrase in PASSING_OVER.get(words[i], ()):
            end = i + len(phrase)
            if list(words[i:end]) != phrase or end > first:
                continue
            if _opens_its_sentence(words, sentences, i):
                return -1  # "Instead of X, ...": the background of the claim
            if any(
                words[j] in COORDINATORS
                and j + 1 < len(words)
                and is_verb(words[j + 1], stems[j + 1], words[j], _next(words, j + 1))
                for j in range(end, last)
            ):
                return -1  # "rather than arithmetic and needs memory ...": a verb of its own
            return i
        i -= 1
    return -1


def _opens_its_sentence(words: Sequence[str], sentences: Sequence[int], i: int) -> bool:
    """Whether only linking words ("so", "and", "then") stand before word `i` in its sentence."""
    j = i - 1
    while j >= 0 and sentences[j] == sentences[i]:
        if words[j] not in _LINKING:
            return False
        j -= 1
    return True


def _next(words: Sequence[str], i: int) -> str:
    return words[i + 1] if i + 1 < len(words) else ""
