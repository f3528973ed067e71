"""A verb that "never" stands on: "the model never predicts the hidden tokens", "should never
corrupt its training images" deny their object as "does not predict the hidden tokens" does.

An auxiliary's "not" denies the object of the verb right after it, whatever the verb
(denial_words.negated_verb: "does not write autoregressive text"); "never" has no auxiliary
(denial_words.negation_auxiliary gives ""), so only a light verb after it ("never uses",
"never sees") carried its denial to the object, and "the attention mask never blocks future
positions", "it never freezes the pretrained weights" were said plainly (veto60; train-blind
w48a-048: "must be instructed to answer immediately and never show intermediate reasoning",
69.0). The verb must stand right after "never", and only determiners between it and its
object: after a preposition ("never attends to the tokens after it", "never waits for the
longest request") what is named is where the verb does not go, not a thing denied."""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import DETERMINERS

NOT_VERBS = frozenset("again ever once before been be mind".split())
"""Words right after "never" that are no verb it stands on ("never again", "never been")."""


def never_verb(words: Sequence[str], n: int, at: int, first: int) -> bool:
    """Whether the negation at `n` is "never", the word at `at` the verb right after it, and
    the words at `first` that verb's object, with only determiners between them."""
    return (
        words[n] == "never"
        and at == n + 1
        and words[at] not in NOT_VERBS
        and all(words[i] in DETERMINERS for i in range(at + 1, first))
    )
