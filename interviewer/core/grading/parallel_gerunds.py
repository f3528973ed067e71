"""Where a negation's reach ends early: at "or" / "and" opening a verb in -ing with its own
object, parallel to a verb before the negation, not to anything the negation denies.

"like citing a paper that does not exist or inventing a quote" lists two examples, "citing a
paper that does not exist" and "inventing a quote": the "not" denies that the paper exists,
never the invented quote (probes46's correct answer on genai-016 was told it denied
'fabricated citation', a contradiction). The item after the conjunction is read as parallel
to the denied words instead when a verb in -ing already stands between the negation and the
conjunction ("without retraining or fine-tuning the model", "does not need labelling or
annotating the data"), and when no object follows it ("no labels or training data").
"""

from __future__ import annotations

from collections.abc import Sequence

from .text.function_words import LIST_CONJUNCTIONS

_OBJECT_OPENERS = frozenset(
    "a an the its their his her your our my this these those some it them things".split()
)
"""Words that open the object of a verb in -ing: "inventing a quote", "making things up"."""
_MIN_GERUND = 6
"""A verb in -ing has at least this many letters ("citing", "making"); "thing", "king" not."""


def _gerund(word: str) -> bool:
    return len(word) >= _MIN_GERUND and word.endswith("ing")


def parallel_gerund(words: Sequence[str], n: int, j: int) -> bool:
    """Whether the reach of the negation at `n` ends before `j`: `words[j]` joins a verb in
    -ing that opens its own object, and no verb in -ing stands between the negation and it."""
    if words[j] not in LIST_CONJUNCTIONS or j + 2 >= len(words):
        return False
    if not _gerund(words[j + 1]) or words[j + 2] not in _OBJECT_OPENERS:
        return False
    return not any(_gerund(w) for w in words[n + 1 : j])
