"""A wrong claim's subject found as the modifier of a noun compound that is another verb's
object: not the claim's subject.

A listed wrong claim that opens on its subject ("encoder is masked", "encoder uses a causal
mask") says something of that thing. Where the answer writes the subject's word as the first
word of a noun compound ("the encoder output", "the encoder states") and that compound is the
object of a verb or of a preposition that marks what an action reaches ("attends to", "reads",
"over", "from"), the answer names another thing (the output), in another thing's clause; the
claim's later words belong to that clause's own subject. "The decoder attends to the encoder
output and masks future tokens" says the decoder masks (lead68's blind control cp68da-002 was
flagged 'encoder is masked' and scored 11 of 100: a correct answer called wrong).

The rule (`subject_in_an_object`): the claim's written words open on a word of content (its
subject) and hold more words; the answer's word for it is the first of the words found, no
verb; right after it, in its clause and joined by a space or a hyphen, stands a word of
content of none of the words found and no verb (the compound's head); the claim's next word
found stands past that head; and right before the subject's word, past at most one article,
determiner or possessive, stands a verb (`verbs.is_verb`) or a preposition of what an action
reaches (OBJECT_PREPOSITIONS).
Read so: "attends to the encoder output and masks" ('encoder is masked'), "reads the encoder
states and is masked".
Left alone (the claim is said): "The encoder layers are masked" (no verb or preposition
before: the compound opens the clause, its layers are the encoder's), "in the encoder layers,
attention is masked" and "the attention of the encoder layers is masked" ("in", "of" place
the claim in the encoder: not in OBJECT_PREPOSITIONS), "attends to the encoder, which is
masked" (no head right after), "the encoder masks tokens" (the word after is the claim's).
"""

from __future__ import annotations

from collections.abc import Sequence

from .matching import Answer, Phrase
from .text import STOP_WORDS, Text
from .text.function_words import ARTICLES, DETERMINERS
from .verbs import is_verb

OBJECT_PREPOSITIONS = frozenset("to from over onto into with across toward towards".split())
"""Prepositions whose object is what an action reaches ("attends to", "reads from", "attention
over"); "in", "of", "within", "inside" place a claim in the thing and are left out."""


def subject_in_an_object(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the claim's subject is found as the modifier of a compound that is a verb's or
    a preposition's object (module docstring)."""
    written = Text.of(phrase.text).words
    if len(written) < 2 or written[0] in STOP_WORDS:
        return False
    text = answer.text
    words, stems, raw, spans = text.words, text.stems, text.raw, text.spans
    clauses = answer.structure.clauses
    ordered = sorted(positions)
    first = ordered[0]
    if len(ordered) < 2 or stems[first] != phrase.tokens[0][1]:
        return False
    head = first + 1
    if head >= len(words) or head in positions or clauses[head] != clauses[first]:
        return False
    if raw[spans[first][1] : spans[head][0]].strip() not in ("", "-"):
        return False  # "the encoder, which is masked": no compound
    following = words[head + 1] if head + 1 < len(words) else ""
    if (
        words[head] in STOP_WORDS
        or not words[head].isalpha()
        or is_verb(words[head], stems[head], words[first], following)
        or ordered[1] <= head
    ):
        return False
    before = first - 1
    if before >= 0 and (words[before] in ARTICLES or words[before] in DETERMINERS):
        before -= 1
    if before < 0 or clauses[before] != clauses[first]:
        return False
    word = words[before]
    if word in OBJECT_PREPOSITIONS:
        return True
    previous = words[before - 1] if before > 0 else ""
    return word not in STOP_WORDS and is_verb(word, stems[before], previous, words[first])
