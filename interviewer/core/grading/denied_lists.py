"""The reach of a denial over a coordinated list (deny50, issue 8): "it does not use A or B",
"neither A nor B", "without A, B or C" deny every item, not the first only.

- *A list joined by "nor"*: "neither drops activations nor recomputes them" - the "nor" goes on
  with the denial of the "neither" (or "not") before it (`continues`), and the verb right after
  "neither" or "nor" is the verb the denial stands on, as after an auxiliary's "not"
  (`joined_verb`).
- *An item inside a list*: "without human preference rankings, a reward model or PPO" - an item
  set off by a comma from the earlier ones, with "or" or "nor" before the list's last item still
  in the denial's reach, is denied as the last item is (`listed_item`).
- *A later item with its own verb*: "does not freeze the weights or add low-rank matrices",
  "does not sample a group of answers or compare their rewards" (`without_item_verb`).
- *A verb's object denied*: "the cache stores neither the keys nor the values" - a match whose
  first word is the verb right before "neither" and whose other words are all in that denial's
  reach is denied (`object_denied`).

Read by `denials.Denials.denied`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import COORDINATORS, VERB_AUXILIARIES, negation_auxiliary
from .text import Text
from .verbs import is_verb

JOINED_NEGATIONS = frozenset(("neither", "nor"))
_OBJECT_OPENERS = frozenset("them it its their the a an any this these those".split())
"""Words that may open the object of a verb right after "nor": "nor recomputes THEM"."""


def continues(words: Sequence[str], reach: Sequence[int], n: int, i: int) -> bool:
    """Whether the word at `i` is in the reach of the negation at `n`, or of a "nor" after it
    that goes on with it ("neither A nor B", "does not A nor B")."""
    m = reach[i]
    return m == n or (m > n and words[m] == "nor" and reach[n] == n)


def joined_verb(text: Text, n: int, at: int) -> bool:
    """Whether the word at `at` is the verb right after "neither" or "nor" at `n`: "neither
    DROPS activations nor RECOMPUTES them"."""
    words = text.words
    if at != n + 1 or words[n] not in JOINED_NEGATIONS:
        return False
    following = words[at + 1] if at + 1 < len(words) else ""
    return is_verb(words[at], text.stems[at], words[n], following) or (
        words[at].endswith("s") and following in _OBJECT_OPENERS
    )


def listed_item(
    text: Text, reach: Sequence[int], n: int, between: Sequence[int], first: int
) -> bool:
    """Whether the words at `first` are an item of a list the negation at `n` denies, set off
    by a comma from the content words `between` (its earlier items), with "or" or "nor" after
    them before the list's last item, in the negation's reach."""
    words, raw, spans = text.words, text.raw, text.spans
    if not any(
        "," in raw[spans[i - 1][1] : spans[i][0]] for i in range(between[-1] + 1, first + 1)
    ):
        return False
    j = first + 1
    while j < len(words) and continues(words, reach, n, j):
        if words[j] in COORDINATORS:
            return True
        j += 1
    return False


def object_denied(words: Sequence[str], reach: Sequence[int], first: int, last: int) -> bool:
    """Whether a match from `first` to `last` opens with the verb right before "neither" and
    its later words are all in that denial's reach: "stores neither the keys nor the values"
    says no keys, no values."""
    n = first + 1
    if n + 1 > last or words[n] != "neither" or reach[n] != n:
        return False
    return all(continues(words, reach, n, i) for i in range(n + 1, last + 1))


def without_item_verb(text: Text, n: int, between: list[int]) -> list[int]:
    """The content words `between` the negation at `n` and a list's later item without the
    verb that opens that item right after "or" or "nor", when the negation stands on a verb
    of its auxiliary ("does not freeze the weights or ADD low-rank matrices"): the earlier
    items alone, as `Denials._coordinated` reads them."""
    words = text.words
    auxiliary = negation_auxiliary(words, n)
    if len(between) < 2 or between[0] != n + 1 or auxiliary not in VERB_AUXILIARIES:
        return between
    verb = between[-1]
    following = words[verb + 1] if verb + 1 < len(words) else ""
    if words[verb - 1] not in COORDINATORS or not is_verb(
        words[verb], text.stems[verb], auxiliary, following
    ):
        return between
    return between[:-1]
