"""A fronted phrase of means or manner that names no subject of its own: "Instead of scoring
answers with a learned reward, it groups responses" (pron66).

The rule exactly: the words of a sentence before a subject pronoun ("it", "they") are a fronted
gerund phrase when they open the sentence with one of OPENERS ("instead of", "rather than",
"by", "after", "before", "without", "when", "while", "through"), whose next word ends in "-ing"
("scoring", "grouping"), and end with a comma right before the pronoun, holding no other
sentence mark (";", ":") and no second subject pronoun. Such a phrase has no subject of its own:
grammar gives its "-ing" verb the main clause's subject. So the pronoun is read as if it opened
its sentence, and what it stands for is sought in the sentence before (pronoun_claims.antecedent).

In: "GRPO removes the reward model. Instead of scoring answers with a learned reward, it groups
responses." ("it" -> GRPO); "LoRA freezes the weights. By training two small matrices, it ..."
(LoRA). Out: "Unlike PPO, it ..." (no "-ing" word: a fronted foil names another subject, left to
foils.py), "Instead of PPO, it ..." (a noun after the opener), "By the time training ends, it"
(no "-ing" word right after the opener), "Instead of scoring answers it groups ..." (no comma
before the pronoun: where the phrase ends cannot be told), a pronoun in the sentence's middle
("GRPO, instead of scoring answers, it ...": the phrase does not open the sentence).
"""

from __future__ import annotations

from .matching import Answer
from .pronouns import SUBJECT_PRONOUNS
from .unit_spans import unit_start

OPENERS = tuple(
    tuple(opener.split())
    for opener in (
        "instead of",
        "rather than",
        "by",
        "after",
        "before",
        "without",
        "when",
        "while",
        "through",
    )
)
"""The words that open a fronted phrase whose "-ing" verb takes the main clause's subject."""


def fronted_gerund_start(answer: Answer, pronoun: int) -> int | None:
    """The first word of the sentence holding the pronoun at `pronoun` when the words before
    it in that sentence are a fronted gerund phrase (module docstring); else None."""
    text, sentences = answer.text, answer.structure.sentences
    words = text.words
    start = unit_start(sentences, pronoun)
    if start == pronoun or words[pronoun] not in SUBJECT_PRONOUNS:
        return None
    for opener in OPENERS:
        after = start + len(opener)
        if tuple(words[start:after]) == opener:
            break
    else:
        return None
    if after >= pronoun or not words[after].endswith("ing") or len(words[after]) < 5:
        return None
    if any(w in SUBJECT_PRONOUNS for w in words[after:pronoun]):
        return None
    between = text.raw[text.spans[pronoun - 1][1] : text.spans[pronoun][0]]
    if between.strip() != ",":
        return None
    inside = text.raw[text.spans[start][0] : text.spans[pronoun - 1][1]]
    if any(mark in inside for mark in ";:"):
        return None
    return start
