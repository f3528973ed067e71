"""A practice the candidate says they would avoid: "I would avoid differential privacy", "we
avoid deduplication", "Avoid early stopping." The avoiding verb is a negation of what follows it
in its clause (clauses.py), as "I would not use differential privacy" is: a recommended
practice avoided is denied, and a bad practice avoided is rejected, not said (veto59).

Only the candidate's own choice or advice: after a modal ("would", "should"), after "I", "we"
or "you", or opening a sentence as a command. "to avoid X" names a harm avoided (frames.py) and
"it avoids recomputing the keys" says what a method spares, so neither is read here."""

from __future__ import annotations

from collections.abc import Sequence

AVOIDING = frozenset(("avoid",))
"""The verb of avoidance, in the form a modal, "I", "we", "you" or a command take."""
CHOOSERS = frozenset("i we you would should must will i'd we'd you'd".split())
"""Words right before the verb that make the avoidance the candidate's own choice or advice."""


def avoids(words: Sequence[str], i: int, sentence_start: bool) -> bool:
    """Whether the word at `i` is "avoid" said as the candidate's choice or advice: after one of
    CHOOSERS ("I would avoid", "we avoid"), or first in its sentence ("Avoid early stopping"), or
    after "and" or "or" following such an "avoid" a few words before."""
    if words[i] not in AVOIDING or i + 1 >= len(words):
        return False
    if sentence_start or (i > 0 and words[i - 1] in CHOOSERS):
        return True
    # "I would avoid X and avoid Y": the second shares the first one's chooser
    return (
        i > 0
        and words[i - 1] in ("and", "or")
        and any(avoids(words, j, False) for j in range(max(0, i - 12), i - 1))
    )
