"""Reference mode's wrong claims: a statement of the reference said the other way round.

A bank without a rubric (the user's own answer key) has no `contradicts` or `about` to check
claims against, so an answer that turns the reference around ("training error is high but
validation error is low" for "low training error but high validation error") shared every
word with it and scored as well as the right answer. What the reference itself states can
still be read:

- a *claim* of the reference is one of its clauses with at least one direction word ("low",
  "more", "before", "faster", "deterministic", ...: text.DIRECTION_WORDS) and at least
  MIN_OTHER_WORDS other content words (what the direction is said of);
- an answer clause *turns it around* when it says most of those other words
  (SHARED_SHARE) and all of those before the direction ("the water on the floor" is not "the
  water in the cup"), and of the claim's direction words that it says one way or the other,
  an odd number the other way: "validation error is low" for "high validation error" is turned
  around; "a lower temperature is less random" for "a higher temperature is more random" is
  turned twice, which is the same claim; so is a comparison said from its other side ("oil is
  less dense than water" for "water is more dense"), and "minimizing the negative
  log-likelihood" for "maximizing the likelihood" (INVERTING);
- it is not read as a claim where it cannot be one on its own: a clause that names both
  directions of a pair ("higher is better, lower is worse"), says "not" (the polarity then
  decides, and a short answer's polarity is already a signal), is a condition ("if the
  training error is high"), or is set aside ("unlike ...");
- nor where the answer also states the claim the reference's way: the turned-around clause
  is then an aside ("high training error is underfitting instead").

Each claim turned around is a `Contradiction` quoting the candidate's clause, and the score is
capped (reference_scoring.CAP): an answer that says the opposite of the answer key does not
pass. Nothing is fitted here; the rules were written before measuring, the comparison and
subject rules added after the first measure on SemEval-2013 (docs/grading-log.md, "Reference
mode (no rubric)", with figures; benchmarks/reversals.py).

said.py    what a clause says in a direction (`Said`), and a reference's claims
turned.py  an answer's clauses read against those claims: turned around, or said the key's way
"""

from __future__ import annotations

from .said import (
    COMPARING,
    CONDITIONS,
    INVERTING,
    LONGEST_CLAIM,
    MIN_OTHER_WORDS,
    REASONS,
    Claim,
    Said,
    reference_claims,
    said_clauses,
)
from .turned import SHARED_SHARE, Readings, read_comparatives, turned_around

__all__ = [
    "COMPARING",
    "CONDITIONS",
    "INVERTING",
    "LONGEST_CLAIM",
    "MIN_OTHER_WORDS",
    "REASONS",
    "SHARED_SHARE",
    "Claim",
    "Readings",
    "Said",
    "read_comparatives",
    "reference_claims",
    "said_clauses",
    "turned_around",
]
