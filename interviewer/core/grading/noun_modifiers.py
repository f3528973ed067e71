"""A wrong claim's last noun found as the modifier of a noun compound: not the claim's noun.

A claim that ends on a noun phrase ("without any instruction", "zero-shot means no
instructions", "another name for jailbreaking") names the thing its last word is. Where the
answer writes that word as the first word of a noun compound ("without any instruction tuning":
"instruction" qualifies "tuning"), the answer names the compound's head, another thing, and
does not say the claim: base models without instruction tuning still get instructions.

The rule (`modifies_a_noun_after`): the claim's written words end on a word of content, right
after a word that opens a noun phrase (an article, a determiner or quantifier such as "any",
"no", "another", or a preposition, "without" among them: NOUN_OPENERS); the answer's word for
it is the last of the words found, written in the singular (English noun modifiers are: "no
instructions are given" is the plural noun itself) and no verb; and right after it, in its
clause, joined by a space or a hyphen only, stands a word of no claim's that names an activity
(a word in "-ing" but not "-thing", or a noun of action in "-tion", "-ment" ...:
stems.noun_of_action) and is no verb (verbs.is_verb): the compound's head, a process that is
another thing than its modifier.
Read so: "Without any instruction tuning, base models are weak zero-shot learners" (claim
'without any instruction'), "no reward model training" (claim 'no reward model').
The same holds of a concept's words under a denial (`denies_a_compound`, concepts/find.py):
"without any instruction tuning" denies instruction tuning, not the concept 'instruction
alone'; "without any instruction" still denies it.
Left alone (the claim is said): "Zero-shot works without any instruction." (no word after),
"without any instruction, the model guesses" (a comma), "without any instruction at all" (a
function word), "no instructions are given" (plural, then a verb), "never has to recompute
anything" (a verb and its object), "labels are cheaper alternatives" (the claim's last word
follows "are", which opens no noun phrase), "just another name for jailbreaking attacks" (the
head names no activity: jailbreaking attacks are jailbreaking).
"""

from __future__ import annotations

from collections.abc import Sequence

from .matching import Answer, Phrase
from .text import STOP_WORDS, Text
from .text.function_words import ARTICLES
from .text.stems import noun_of_action
from .verbs import is_verb

PREPOSITIONS = frozenset(
    "in into of on onto to from for with without through at by over under within across".split()
)
NOUN_OPENERS = (
    ARTICLES
    | PREPOSITIONS
    | frozenset(("any", "no", "some", "every", "each", "another", "its", "their", "this", "that"))
)
"""Words after which a claim's last word is the head of a noun phrase."""


def modifies_a_noun_after(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the claim's last noun is found as the modifier of a noun compound in the answer
    (module docstring)."""
    written = Text.of(phrase.text).words
    if len(written) < 2 or written[-1] in STOP_WORDS or written[-2] not in NOUN_OPENERS:
        return False
    last = max(positions)
    if answer.text.stems[last] != phrase.tokens[-1][1]:
        return False
    return heads_a_compound(answer, positions)


def denies_a_compound(answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a concept's words found under a denial end on the modifier of a compound that
    names an activity: the denial denies the compound, not the concept ("without any
    instruction tuning" denies no instruction; "without any instruction" does)."""
    return heads_a_compound(answer, positions)


def heads_a_compound(answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the last word found (the largest of `positions`), written in the singular and
    no verb, modifies the word right after it in its clause (a space or a hyphen between), a word of
    none of `positions` that names an activity and is no verb: "instruction tuning", "reward
    model training", "preference data collection"."""
    text = answer.text
    words, stems, clauses = text.words, text.stems, answer.structure.clauses
    last = max(positions)
    word = words[last]
    if word.endswith("s") and not word.endswith("ss"):
        return False
    head = last + 1
    if head >= len(words) or head in positions or clauses[head] != clauses[last]:
        return False
    if text.raw[text.spans[last][1] : text.spans[head][0]].strip() not in ("", "-"):
        return False
    noun = words[head]
    if noun in STOP_WORDS or not noun.isalpha() or noun.endswith("ly"):
        return False
    if noun.endswith("thing") or not (noun.endswith("ing") or noun_of_action(noun)):
        return False  # "jailbreaking attacks", "instruction text" still name the claim's thing
    before = words[last - 1] if last else ""
    if is_verb(word, stems[last], before, noun):
        return False  # "never has to recompute anything": a verb and its object
    after = words[head + 1] if head + 1 < len(words) else ""
    return not is_verb(noun, stems[head], word, after)
