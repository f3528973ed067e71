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
is not expensive").

Another subject's negation (neg64): the name has a subject, its content words before its
negation word ("LABELLING does not scale"; "no prefix recomputation" has none), and the
alias does not hold it. When every word found of the name in the answer's clause is a word of
the name's predicate ("scale", after the name's negation), and the clause names a subject of
its own before the negation (a content word, not a pronoun) that holds no stem of the name's
subject, the negation is said of another subject: "Self-supervised pretraining could not SCALE
to trillions of tokens" says nothing of labelling. Such a match, in a negation's reach whether
read denied or not ("scale TO trillions": after a preposition, the alias is not denied, and was
credited as said at 3.47), is neither credited nor denied (`negated_of_another`; concepts/find.py
passes it over, so it raises no flag it did not raise before). Still agreed: "LABELLING by
hand could never cover ...", "people cannot LABEL trillions of tokens" (a word of the name's
subject found), "it could never scale to trillions of tokens" (a pronoun: no subject of its
own)."""

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


def _name_subject(name: str) -> frozenset[str]:
    """The stems of the content words of a negative concept name before its first negation
    word ("labelling" of "labelling does not scale"); none when the negation opens it."""
    words = [w.strip(".,;:!?()'\"").lower() for w in name.split()]
    subject: set[str] = set()
    for w in words:
        if has_negation([w]) or w == _TOO:
            return frozenset(subject)
        if w and w not in STOP_WORDS:
            subject.add(cached_stem(w))
    return frozenset()


def _agreement(
    name: str,
    phrase: Phrase,
    answer: Answer,
    positions: Sequence[int],
    asked: frozenset[str] | None,
) -> str:
    """ "agrees" when the match agrees with the negative concept (module docstring), "other"
    when the words found of the name make it a negation of another subject, "" otherwise."""
    stems = name_stems(name)
    if not stems or phrase.negative or not _plain_alias(phrase.text) or says_no(phrase):
        return ""
    structure = answer.structure
    first = positions[0]
    n = structure.reach[first]
    if n < 0 or n > first:
        return ""
    alias = {s for _, s, _ in phrase.tokens}
    wanted = stems - alias - (asked or frozenset())
    if not wanted:
        return ""
    clause = structure.clauses[n]
    start = n
    while start > 0 and structure.clauses[start - 1] == clause:
        start -= 1
    said = answer.text.stems
    found = {said[i] for i in range(start, first) if i != n and said[i] in wanted}
    if not found:
        return ""
    subject = _name_subject(name) - alias
    if subject and not (found & subject):
        words = answer.text.words
        own = [
            i
            for i in range(start, n)
            if words[i] not in STOP_WORDS and not has_negation([words[i]]) and words[i].isalpha()
        ]
        if own and not any(said[i] in subject for i in own):
            return "other"
    return "agrees"


def agrees_with_negation(
    name: str,
    phrase: Phrase,
    answer: Answer,
    positions: Sequence[int],
    asked: frozenset[str] | None = None,
) -> bool:
    """Whether the match at `positions` of `phrase`, an alias of the concept named `name`, is
    denied by a negation that says what the concept's negative name says (module docstring)."""
    return _agreement(name, phrase, answer, positions, asked) == "agrees"


def negated_of_another(
    name: str,
    phrase: Phrase,
    answer: Answer,
    positions: Sequence[int],
    asked: frozenset[str] | None = None,
) -> bool:
    """Whether the match at `positions` is negated with a word of the negative concept's
    predicate, said of another subject than the name's ("Self-supervised pretraining could
    not scale to trillions of tokens" for 'labelling does not scale'): neither agreed with
    nor denied (module docstring)."""
    return _agreement(name, phrase, answer, positions, asked) == "other"
