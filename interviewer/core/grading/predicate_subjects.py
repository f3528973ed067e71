"""A line's predicate noun phrase found as the subject of another statement (other61).

A listed wrong claim "METEOR is a precision-only metric" is read with no subject of its own
on a question about METEOR (subjectless_claims.py): its rest, "is a precision-only metric", is
what the line says. Its words are a noun phrase after a copula; found in an answer where they
open a clause with no copula before them and a verb of their own after them, they are that
verb's subject: "Precision-only metrics like BLEU miss recall, which METEOR adds" says
something of BLEU and its kind, not that METEOR is one (review60: genai-108 scored 0.0 on that
correct sentence). "It is a precision-only metric", "A precision-only metric." and "A
precision-only metric that ignores recall" still say it. Names set beside the phrase ("like
BLEU", "such as DQN") are skipped before the verb is looked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .matching import Answer, Phrase
from .text import STOP_WORDS, Text
from .text.function_words import RELATIVES
from .verbs import COPULAS, is_verb

LIKE = frozenset("like unlike including such as e.g. eg".split())
"""Words that set names beside a noun phrase ("metrics like BLEU", "methods such as DQN")."""


@lru_cache(maxsize=4096)
def _copular(text: str, first: str) -> bool:
    words = Text.of(text).words
    return first in words and any(w in COPULAS for w in words[: words.index(first)])


def copular_rest(phrase: Phrase) -> bool:
    """Whether the line's words before the first word of its rest (`phrase.tokens`, a rest
    after the subject: subjectless_claims.rest_after_subject) hold a copula: "METEOR is a
    precision-only metric" says a noun phrase of its subject."""
    return bool(phrase.tokens) and _copular(phrase.text, phrase.tokens[0][0])


def opens_another_statement(answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the words at `positions` open their clause (only function words before them in
    it, none a copula) and are followed in it, after names set beside them, by a verb they are
    the subject of: "Precision-only metrics like BLEU miss recall"."""
    words, stems = answer.text.words, answer.text.stems
    clauses = answer.structure.clauses
    first, last = min(positions), max(positions)
    start = first
    while start > 0 and clauses[start - 1] == clauses[first]:
        start -= 1
    if any(words[i] not in STOP_WORDS or words[i] in COPULAS for i in range(start, first)):
        return False
    i = last + 1
    while i < len(words) and clauses[i] == clauses[first]:
        word = words[i]
        if word in RELATIVES or word in COPULAS:  # "a metric that ignores recall" still says it
            return False
        if word in LIKE:
            i += 1
            while i < len(words) and clauses[i] == clauses[first] and _named(answer, i):
                i += 1
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        return word not in STOP_WORDS and is_verb(word, stems[i], "they", following)
    return False


def _named(answer: Answer, i: int) -> bool:
    """Whether the word at `i` is a name (a capital in it: "BLEU", "DQN", "GPT-4") or joins
    names ("and", "or", a comma's list)."""
    text = answer.text
    raw = text.raw[text.spans[i][0] : text.spans[i][1]]
    return any(c.isupper() for c in raw) or text.words[i] in ("and", "or")
