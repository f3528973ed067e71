"""Two readings of a concept's match under a denial: a denial splitting its words or naming a
limit of it as none (`split_by_a_denial`), and a denial that rejects a wrong claim the rubric
lists rather than the concept (`rejects_a_wrong_claim`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..denied_between import limit_denied, verb_denied
from ..matching import Answer, Match, Phrase, match_statement


def split_by_a_denial(
    phrase: Phrase,
    answer: Answer,
    positions: Sequence[int],
    own: frozenset[str],
    copula: bool = False,
) -> bool:
    """Whether a denial splits the match's words (its verb denied: "the weights are never
    tweaked"; with `copula`, any predicate of "is not") or names a limit of it as none ("no
    limit on the context window"), the phrase not saying a lack itself (denied_between.py)."""
    text, structure = answer.text, answer.structure
    if verb_denied(
        text.words, text.stems, structure.clauses, structure.reach, positions, own, copula=copula
    ) and not structure.hedged_or_supposed(structure.reach[positions[-1]], positions[-1]):
        return True
    return not phrase.text.lower().startswith("no ") and limit_denied(
        text.words, structure.clauses, positions[0]
    )


def rejects_a_wrong_claim(match: Match, answer: Answer, wrong_claims: Sequence[Phrase]) -> bool:
    """Whether the denied words at `match` are part of a wrong claim the rubric lists, said
    in one clause and rejected there: "DPO does not need a reward model" rejects "DPO needs a
    reward model", and denies nothing of what the reward model is."""
    structure = answer.structure
    held = set(match.positions)
    for phrase in wrong_claims:
        stated = match_statement(phrase, answer, unit="clause")
        if stated is None or not held & set(stated.positions):
            continue
        if structure.rejected(list(stated.positions)):
            return True
    return False
