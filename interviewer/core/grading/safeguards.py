"""A harm named as what a safeguard prevents: "the harness enforces a maximum number of steps,
so a loop that makes no progress does not run forever" does not claim that loops cannot run
forever; it names the risk the maximum is there for.

Found on a blind correct_probes49 answer of genai-141 (cp49-038), read as denying "failure
modes" (alias "runs forever"). A ", so ..." clause is a consequence far more often than a
purpose ("..., so without fine-tuning an LLM can't be adapted": a wrong claim of its own): a
denial there is read as a prevented harm only where a safeguard noun (SAFEGUARDS), itself not
denied ("there is no maximum"), stands before it in its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

SAFEGUARDS = frozenset(
    "maximum maximums limit limits cap caps budget budgets timeout timeouts".split()
)
"""Nouns of a bound set on something: a denial after ", so" in their sentence names the harm
they prevent."""


def prevented_harm(
    words: Sequence[str], sentences: Sequence[int], reach: Sequence[int], start: int
) -> bool:
    """Whether the clause starting at word `start` opens with "so" (not "so far", "so much")
    and a safeguard noun outside any negation's reach stands before it in its sentence."""
    if words[start] != "so" or start == 0 or start + 1 >= len(words):
        return False
    if words[start + 1] in ("far", "much", "many", "called"):
        return False
    i = start - 1
    while i >= 0 and sentences[i] == sentences[start]:
        if words[i] in SAFEGUARDS and reach[i] < 0:
            return True
        i -= 1
    return False
