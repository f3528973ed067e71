"""A concept whose own sense is negative, agreed with by a negated alias (neg61).

A concept named with a negation ("labelling does not scale", "KV cache does not amortise",
"no prefix recomputation") says that something does not hold. An alias of it that is no
negation itself ("trillions of tokens", "KV-cache reads") names the object of that negation,
so an answer that negates it may say the concept rather than deny it: "Labelling by hand could
never cover trillions of word pieces" says that labelling does not scale (genai-008), while
"self-supervised models could not use trillions of tokens" denies the point.

The rule: a match of such an alias that a negation denies is agreed with, not denied, when

- the concept's name holds a negation word ("not", "no", "never", "cannot", "without", a word
  in "n't") or "too" ("too slow to label"); its description is not read (a description
  mixes negations of other things: "learning without labels is what makes scale possible");
- the alias holds no negation word and no "too", and does not say its claim in the negative
  (negative_aliases.says_no): a negative alias has its own reading;
- the negation is one whose reach the alias's first word is in (Structure.reach); and
- in that negation's clause, before the alias, a word other than the negation has the stem of
  a content word of the concept's name that is neither a word of the alias nor a word of the
  question's prompt: "LABELLING by hand could never cover ...", "annotators could never LABEL
  ...", "batching does not AMORTISE the KV-cache reads". The answer then negates what the
  concept's name negates, of the name's own words.

A restatement of the concept in the positive ("expensive labelling", "scales to huge data")
is denied as before where nothing of the name but its own words stands before it ("labelling
is not expensive"). Limit: the name's verb said of another subject agrees too ("self-supervised
learning could never scale to trillions of tokens" holds "scale" of the name): the subject is
not compared."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .denial_words import has_negation
from .matching import Answer, Phrase
from .negative_aliases import says_no
from .text import STOP_WORDS, cached_stem

_TOO = "too"


@lru_cache(maxsize=1 << 12)  # a concept's name: asked again for every answer
def name_stems(name: str) -> frozenset[str]:
    """The stems of the content words of a concept name that holds a negation word or "too"
    (none when it holds neither)."""
    words = [w.strip(".,;:!?()'\"").lower() for w in name.split()]
    if not (has_negation(words) or _TOO in words):
        return frozenset()
    return frozenset(
        cached_stem(w)
        for w in words
        if w and w != _TOO and w not in STOP_WORDS and not has_negation([w])
    )


@lru_cache(maxsize=1 << 14)  # an alias's text: asked again for every answer that says it
def _plain_alias(text: str) -> bool:
    """Whether an alias's text holds no negation word and no "too"."""
    words = [w.strip(".,;:!?()'\"").lower() for w in text.split()]
    return not (has_negation(words) or _TOO in words)


def agrees_with_negation(
    name: str,
    phrase: Phrase,
    answer: Answer,
    positions: Sequence[int],
    asked: frozenset[str] | None = None,
) -> bool:
    """Whether the match at `positions` of `phrase`, an alias of the concept named `name`, is
    denied by a negation that says what the concept's negative name says (module docstring)."""
    stems = name_stems(name)
    if not stems or phrase.negative or not _plain_alias(phrase.text) or says_no(phrase):
        return False
    structure = answer.structure
    first = positions[0]
    n = structure.reach[first]
    if n < 0 or n > first:
        return False
    wanted = stems - {s for _, s, _ in phrase.tokens} - (asked or frozenset())
    if not wanted:
        return False
    clause = structure.clauses[n]
    start = n
    while start > 0 and structure.clauses[start - 1] == clause:
        start -= 1
    said = answer.text.stems
    return any(said[i] in wanted for i in range(start, first) if i != n)
