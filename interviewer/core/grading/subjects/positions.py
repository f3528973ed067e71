"""Where a subject named in an answer stands in its clause: opening it (or a coordinated
one), the object of a preposition ("attends over the encoder outputs"), in a clause that sets
another subject against the sentence's own ("..., while GPT-3.5 ..."), inside brackets. The
mentions (mentions.py) and antecedents (antecedents.py) of a contrast's subjects read these."""

from __future__ import annotations

from ..matching import Answer
from ..unit_spans import unit_start

OPENERS = frozenset("and so but then because since while whereas also thus hence".split())
"""A subject named right after these words is the one being set aside, not the one described."""


_PREPOSITIONS = frozenset(
    "of over from to with into onto across through via at on between against among per for".split()
)
COMPARED = _PREPOSITIONS | frozenset("for versus vs than like unlike by".split())
"""Words after which a subject is an object for a pronoun's sake: "it" in the next sentence does
not stand for GPT-3.5 in "... versus roughly the 10th for GPT-3.5"."""


def opens_clause(answer: Answer, position: int) -> bool:
    """Whether a subject named here opens its clause or a coordinated one ("BERT reads both
    ways and GPT reads left to right"), after "the" and the like; not one that follows a verb
    ("..., mirroring the generator, and outputs ...")."""
    clauses, words = answer.structure.clauses, answer.text.words
    i = position
    while i > 0 and clauses[i - 1] == clauses[position] and words[i - 1] in _LEADING:
        if words[i - 1] in OPENERS or words[i - 1] == "or":
            return True
        i -= 1
    return i == 0 or clauses[i - 1] != clauses[position]


_LEADING = OPENERS | {"the", "a", "an", "in", "for", "with"}
_TOPIC_PREPOSITIONS = frozenset(("in", "for", "with"))


def fronted_topic(answer: Answer, position: int) -> bool:
    """Whether a subject named here opens its clause as the object of a preposition, a topic
    set before the clause's own subject: "In a cascaded voice assistant the TTS model comes
    first and transcribes ..." says the TTS model transcribes (roles53)."""
    clauses, words = answer.structure.clauses, answer.text.words
    i = position
    while i > 0 and clauses[i - 1] == clauses[position] and words[i - 1] in ("the", "a", "an"):
        i -= 1
    return (
        i > 0
        and clauses[i - 1] == clauses[position]
        and words[i - 1] in _TOPIC_PREPOSITIONS
        and opens_clause(answer, position)
    )


def object_of_preposition(
    answer: Answer, position: int, prepositions: frozenset[str] | None = None
) -> bool:
    """Whether a subject named here is the object of a preposition ("attends over the encoder
    outputs", "tokens from the image"), so not what the clause is said of; one that opens its
    clause sets the topic instead ("With continuous batching, ...")."""
    words, clauses = answer.text.words, answer.structure.clauses
    i = position - 1
    if i >= 0 and words[i] in ("the", "a", "an"):
        i -= 1
    if i < 0 or words[i] not in (prepositions or _PREPOSITIONS):
        return False
    if clauses[i] != clauses[position]:
        return False  # "what the token is looking for, the key ...": a new clause's subject
    # a preposition that opens its clause, or follows only a word that joins it to the one
    # before ("..., and for generation, check faithfulness"), sets the topic
    while i > 0 and clauses[i - 1] == clauses[i] and words[i - 1] in OPENERS | {"or"}:
        i -= 1
    return not (i == 0 or clauses[i - 1] != clauses[i])


_CONTRAST_CLAUSE = frozenset("while whilst whereas where".split())
"""Words that open a clause setting another subject against the sentence's own ("..., while
GPT-3.5 scored in the bottom 10%")."""


def in_contrast_clause(answer: Answer, position: int) -> bool:
    """Whether a subject named here stands in a clause opened by "while", "whereas" or
    "where" (after "and" or "but" too)."""
    words, clauses = answer.text.words, answer.structure.clauses
    start = unit_start(clauses, position)
    while start < position and words[start] in ("and", "but"):
        start += 1
    return words[start] in _CONTRAST_CLAUSE


def bracket_depth(answer: Answer, position: int) -> int:
    """How many brackets are open where the word at `position` starts."""
    raw = answer.text.raw[: answer.text.spans[position][0]]
    return max(0, raw.count("(") - raw.count(")"))
