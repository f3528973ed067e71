"""A precision said of another thing: "4-bit quantized base model" is not said by "quantizes
the adapters to 4 bits while keeping the base model in full 16-bit precision", whose "4 bits"
belong to the adapters and whose base model is given another number (wrong44: a fresh-dev
wrong answer to genai-182 was credited so, its right terms in the wrong relation).

Only a phrase holding a number and the unit after it ("4-bit", "8 bits"), and only where a
noun of the phrase found in the answer has another number of the same unit right before it
("the 16-bit base model") or after it and a link word ("the base model in full 16-bit
precision"): precision_disagrees.

A bare precision ("4-bit", an alias of that concept) is not found either where, later in its
sentence, a participle clause of the same subject gives the concept's own noun another number
("... to 4 bits while keeping the base model in full 16-bit precision") and the answer nowhere
gives that noun the phrase's number (bare_precision_given_away): "LoRA keeps the base model in
16-bit, while QLoRA stores it in 4-bit" names another subject and is read as before."""

from __future__ import annotations

from collections.abc import Sequence

from .answer import Answer
from .phrases import Phrase

LINKS = frozenset("in at to with into using".split())
"""Words between a noun and the precision it is given: "the base model in 16-bit"."""
QUALIFIERS = 2
"""At most this many words may stand between the link and the number ("in full 16-bit"),
between the number's unit and the noun ("16-bit frozen base model"), or after the noun before
the link ("the base model weights in 16-bit")."""
PARTICIPLE_LEADS = frozenset("while whereas and but yet".split())
"""Words that open a participle clause of the sentence's subject: "while keeping ...". Not the
subordinators (pronoun_claims.py: "because keeping", "after keeping" are rare) and, unlike
text.function_words.STATEMENT_JOINS, "yet" but not "or" (not measured either way)."""


def precision_disagrees(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a noun of the phrase found at `positions` is given, in its clause, another
    number of the phrase's unit than the phrase's (module docstring)."""
    found = _precision(phrase)
    if found is None:
        return False
    number, unit = found
    stems = answer.text.stems
    measured = {p for p in positions if stems[p] == unit or stems[p].isdigit()}
    nouns = [p for p in positions if p not in measured]
    if not nouns:
        return False
    last = first = max(nouns)
    while first - 1 in nouns:
        first -= 1  # the noun's own run of words: "base model"
    given = _given(answer, first, last, unit)
    return given is not None and given != number


def bare_precision_given_away(
    phrase: Phrase, others: Sequence[Phrase], answer: Answer, positions: Sequence[int]
) -> bool:
    """Whether a phrase that is only a precision ("4-bit") is found where the concept's own
    noun (the last word of another of its phrases with that precision, not the unit's own
    noun: "base" of "4-bit quantized base model", not "precision" of "4-bit precision") is
    given another number later in the sentence, in a participle clause ("while keeping the
    base model in 16-bit"), and nowhere that number (module docstring)."""
    found = _precision(phrase)
    if found is None or len(phrase.tokens) != 2:
        return False
    number, unit = found
    nouns = {
        o.tokens[-1][1]
        for o in others
        if len(o.tokens) >= 3 and _precision(o) == found and o.tokens[-2][1] != unit
    }
    if not nouns:
        return False
    words, stems = answer.text.words, answer.text.stems
    sentences = answer.structure.sentences
    away = False
    for k in range(len(words)):
        if stems[k] not in nouns:
            continue
        given = _given(answer, k, k, unit)
        if given == number:
            return False  # "the base model in 4-bit" somewhere: said
        if (
            given is not None
            and k > max(positions)
            and sentences[k] == sentences[positions[0]]
            and _participle(words, k)
        ):
            away = True
    return away


def _given(answer: Answer, first: int, last: int, unit: str) -> str | None:
    """The number of the unit given, in their clause, to the noun at first..last: right before
    it ("the 16-bit base model") or after a link word ("the base model in full 16-bit")."""
    words, stems = answer.text.words, answer.text.stems
    clauses = answer.structure.clauses
    clause = clauses[first]

    def number_at(k: int) -> str | None:
        if (
            k >= 0
            and k + 1 < len(words)
            and clauses[k] == clauses[k + 1] == clause
            and words[k].isdigit()
            and stems[k + 1] == unit
        ):
            return words[k]
        return None

    for d in range(2, 3 + QUALIFIERS):
        before = number_at(first - d)
        if before is not None:
            return before
    k = last + 1
    while k < len(words) and k - last <= QUALIFIERS and words[k] not in LINKS:
        k += 1
    if k >= len(words) or words[k] not in LINKS or clauses[k] != clause:
        return None
    for d in range(1, 2 + QUALIFIERS):
        if k + d < len(words) and words[k + d].isdigit():
            return number_at(k + d)
    return None


def _participle(words: Sequence[str], k: int) -> bool:
    """Whether the noun at k is the object of a participle opening a clause of the sentence's
    subject, with at most a determiner between: "while keeping the base model"."""
    j = k - 1
    if j >= 0 and words[j] in ("the", "a", "an", "its", "their"):
        j -= 1
    return j >= 1 and words[j].endswith("ing") and words[j - 1] in PARTICIPLE_LEADS


def _precision(phrase: Phrase) -> tuple[str, str] | None:
    """The phrase's number and the stem of its unit ("4", "bit"), or None."""
    tokens = phrase.tokens
    for (word, _, _), (_, unit, _) in zip(tokens, tokens[1:], strict=False):
        if word.isdigit() and unit.isalpha():
            return word, unit
    return None
