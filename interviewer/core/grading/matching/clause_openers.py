"""Words a statement writes side by side, found in the answer on both sides of the start of a
new clause: "causal masking, so each token sees only earlier tokens" does not say "masked
tokens", and "a reward model, which scores outputs" does not say "model scores"."""

from __future__ import annotations

from ..text import Text
from ..text.function_words import CONTRASTING
from .answer import Answer
from .phrases import Phrase

CLAUSE_OPENERS = CONTRASTING | frozenset(
    "so thus hence therefore which who whose where when because since".split()
)
"""Words that open a new clause after a comma or other break (a result, a relative clause, a
reason, a contrast): what stands before them is not qualified by what stands after. "and" and
"or" are left out: after a comma they as often end a list ("masked, replaced or kept
tokens")."""


def opened_between(phrase: Phrase, answer: Answer, chosen: list[int]) -> bool:
    """Whether two words the phrase writes side by side (a modifier and its noun: "masked
    tokens") stand at `chosen` in two clauses of the answer, the later of which opens with one
    of CLAUSE_OPENERS between them."""
    clauses = answer.structure.clauses
    if len(chosen) < 2 or clauses[chosen[0]] == clauses[chosen[-1]]:
        return False  # the commonest case: one clause
    words = answer.text.words
    said = Text.of(phrase.text).words
    side_by_side = set(zip(said, said[1:], strict=False))
    for k, (a, b) in enumerate(zip(chosen, chosen[1:], strict=False)):
        if clauses[a] == clauses[b] or (phrase.tokens[k][0], phrase.tokens[k + 1][0]) not in (
            side_by_side
        ):
            continue
        if any(
            clauses[i] != clauses[i - 1] and words[i] in CLAUSE_OPENERS for i in range(a + 1, b)
        ):
            return True
    return False
