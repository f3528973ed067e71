"""An inability followed by "to" denies the verb after it and that verb's object, as "cannot"
+ verb does (denial_words.negated_verb: "cannot see the future tokens").

Three forms (neg62, leads of neg61: "RLHF is unable to use human preferences", "the model is
unable to use its pretrained knowledge" passed as said):

- "unable to" is a negation whose reach is the rest of its clause, as "fails to" is
  (effort_verbs.fails_to): "the reward model is unable to learn from human preference
  comparisons" says the comparisons in the negative;
- after "unable to" or "fails to", the verb of the "to" is passed over as the verb right after
  an auxiliary's "not" is, with only determiners between it and its object: "LoRA fails to
  reduce the trainable parameters", "attackers are unable to override the instructions" deny
  "trainable parameters" and "instructions";
- after "no way to", the verb of the "to" is passed over the same way: "has no way to use
  human feedback", "has no way to learn human preferences" deny "human feedback" and "human
  preferences" ("no" is a negation already; "way" and "to" are function words).

What stays read as before: after a preposition, what is named is where the verb does not go
("unable to attend to later tokens" denies no "later tokens" by this rule, as "cannot attend to
later tokens" does not); "unable" without "to" ("an unable model") is no negation; and a
shortcoming said this way agrees with a concept that names it, as "cannot" + verb does: "a
model unable to see the future tokens" is the causal mask's property, found by an alias
"cannot see future tokens" (a negative alias holds where the answer says it in the negative),
and "unable to recall exact details" says 'worse at recalling exact details' (deficits.py)."""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import DETERMINERS
from .effort_verbs import FAILING

UNABLE = frozenset(("unable",))
"""The adjective of inability: followed by "to", a negation of the verb after it."""


def unable_to(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is "unable" right before "to" ("is unable to use human
    preferences"): a negation of what follows it in its clause."""
    return words[i] in UNABLE and i + 1 < len(words) and words[i + 1] == "to"


def inability_verb(words: Sequence[str], n: int, at: int, first: int) -> bool:
    """Whether the negation at `n` is "unable", a form of "fail" or the "no" of "no way",
    followed by "to", the word at `at` the verb right after that "to", and the words at
    `first` that verb's object, with only determiners between them: "fails to REDUCE the
    trainable parameters", "is unable to OVERRIDE the instructions", "has no way to USE human
    feedback"."""
    if words[n] in UNABLE or words[n] in FAILING:
        to = n + 1
    elif words[n] == "no" and n + 1 < len(words) and words[n + 1] == "way":
        to = n + 2
    else:
        return False
    return (
        at == to + 1
        and words[to] == "to"
        and all(words[i] in DETERMINERS for i in range(at + 1, first))
    )
