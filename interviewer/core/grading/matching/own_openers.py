"""A statement of two clauses found across the answer's clause break at its own opener.

A wrong-claim line may itself be two clauses joined by a clause opener: "diffusion won because
it is faster", "pix2pix is great because it works with unpaired", "the discriminator is
conditioned but the generator is not". A wrong claim is looked for in one clause of the answer
(`match_statement(..., unit="clause")`), and the clause splitter starts a new clause at
"because", "but", "while", ... so such a line could never be found, not even as its own
sentence (lines67: `benchmarks/own_lines.py`).

The rule: words of the statement found in two (or more) clauses of one segment of the answer
are one statement's when, at every clause break between two neighbouring words of the
statement, the answer's new clause opens with an opener (`CLAUSE_OPENERS`: "because", "but",
"so", "since", "while", "which", ...) that the statement's own text writes between those same
two words. In: "Diffusion won because it is faster." for the line 'diffusion won because it is
faster' (the answer's "because" is the line's own); "Pix2pix is great because it works with
unpaired images." Left as before (not one statement): "Diffusion won, so it is faster." (the
answer's opener "so" is not the line's "because"); "Diffusion won. It is faster." (two
segments); "Diffusion won because it is stable, and it is faster." (a clause break at "and"
that the line does not write); a line with no opener of its own ("lower rank means more
parameters") is never read across a break by this rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Text
from .answer import Answer
from .clause_openers import CLAUSE_OPENERS
from .phrases import Phrase


def joined_as_the_line(phrase: Phrase, answer: Answer, chosen: Sequence[int]) -> bool:
    """Whether the answer words at `chosen` (a statement's words, in order) stand in one
    segment, and every clause break between two of them opens with an opener that the
    statement's own text writes between the same two words (module docstring)."""
    clauses, segments = answer.structure.clauses, answer.structure.segments
    if len({segments[p] for p in chosen}) != 1:
        return False
    gaps = _own_openers(phrase)
    if gaps is None:
        return False
    words = answer.text.words
    for k, (a, b) in enumerate(zip(chosen, chosen[1:], strict=False)):
        breaks = [i for i in range(a + 1, b + 1) if clauses[i] != clauses[i - 1]]
        if any(words[i] not in gaps[k] for i in breaks):
            return False
    return True


def _own_openers(phrase: Phrase) -> list[frozenset[str]] | None:
    """For each pair of neighbouring words of the statement, the clause openers its text writes
    between them; None when its words cannot be followed in its text in order, or it writes no
    opener at all."""
    said = Text.of(phrase.text).words
    at: list[int] = []
    start = 0
    for word, _, _ in phrase.tokens:
        try:
            index = said.index(word.lower(), start)
        except ValueError:
            return None
        at.append(index)
        start = index + 1
    gaps = [
        frozenset(w for w in said[a + 1 : b] if w in CLAUSE_OPENERS)
        for a, b in zip(at, at[1:], strict=False)
    ]
    return gaps if any(gaps) else None
