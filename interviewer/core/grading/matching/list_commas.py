"""A list written with commas is one clause's: "the queries, keys and values come from the
same modality" says "queries, keys and values from the same modality", though the comma after
"queries" starts a new clause for the clause splitter (a comma may open a clause: "masked
tokens, so ...").

A statement that itself lists its words ("queries keys and values ...", "GANs, VAEs or
diffusion models ...") is found across such a comma when the two words it writes side by side,
or joined by "and" / "or" / a comma, stand right next to each other in the answer with only a
comma between them (or ", and", ", or" before a last item), inside one segment. Anything else
between them (a word, a clause opener, other punctuation) keeps the clause break: "causal
masking, so each token ..." is two claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Text
from ..text.function_words import LIST_CONJUNCTIONS
from .answer import Answer
from .phrases import Phrase

LIST_COMMAS = frozenset((",", ", and", ", or"))
"""What may stand between two neighbouring items of a list in the answer, across a clause
break: a comma, or the comma before the last item ("keys, and values")."""


def one_clause(phrase: Phrase, answer: Answer, chosen: Sequence[int]) -> bool:
    """Whether the answer words at `chosen` (a statement's words, in order) stand in one clause,
    counting the items of a list the statement itself writes, separated in the answer only by
    commas, as one clause's (module docstring)."""
    clauses = answer.structure.clauses
    if len({clauses[p] for p in chosen}) == 1:
        return True
    segments = answer.structure.segments
    if len({segments[p] for p in chosen}) != 1:
        return False
    listed = _listed_pairs(phrase)
    text = answer.text
    for k, (a, b) in enumerate(zip(chosen, chosen[1:], strict=False)):
        if clauses[a] == clauses[b]:
            continue
        between = " ".join(text.raw[text.spans[a][1] : text.spans[b][0]].lower().split())
        if between not in LIST_COMMAS or (phrase.tokens[k][0], phrase.tokens[k + 1][0]) not in (
            listed
        ):
            return False
    return True


def _listed_pairs(phrase: Phrase) -> frozenset[tuple[str, str]]:
    """The pairs of words the statement's text writes as neighbouring items of a list: side
    by side or with only "and" / "or" between them, in a text that holds "and" or "or"."""
    said = Text.of(phrase.text).words
    if not LIST_CONJUNCTIONS & set(said):
        return frozenset()
    pairs = set(zip(said, said[1:], strict=False))
    pairs |= {
        (one, other)
        for one, joint, other in zip(said, said[1:], said[2:], strict=False)
        if joint in LIST_CONJUNCTIONS
    }
    return frozenset(pairs)
