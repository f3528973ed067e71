"""A denial said of the state before the change a question asks about: "a pretrained LLM isn't
specialized for your task", "out of the box, a base model doesn't follow instructions",
"before fine-tuning it can't keep a format". Such a sentence describes the starting point the
change improves on, so it denies nothing of the change: the concept "fine-tuning specializes
the model" is not denied by it."""

from __future__ import annotations

from .matching import Answer
from .pronouns import opening_pronoun
from .text import phrase_at
from .text.function_words import COORDINATORS, FINITE_BE, FINITE_BE_NOT
from .unit_spans import unit_start
from .verbs import is_verb

_STATE_NOUNS = (
    ("pretrained",),
    ("pre", "trained"),
    ("base",),
    ("raw",),
    ("untuned",),
    ("foundation",),
    ("general", "purpose"),
    ("off", "the", "shelf"),
)
"""Words that, right before "model", "llm" or "models", name the model before the change."""
_HEADS = frozenset("model models llm llms network networks".split())
_FRAMES = (
    ("before",),
    ("out", "of", "the", "box"),
    ("off", "the", "shelf"),
    ("on", "its", "own"),
    ("by", "default"),
)
"""Words opening a clause that set it in the state before the change ("Before fine-tuning,",
"Out of the box,")."""
_LEADS = frozenset("and but so yet while whereas a an the even".split())
_JOINS = COORDINATORS | frozenset(("yet",))
"""Words joining a verb phrase to the one before it, sharing its subject."""
_COPULAS = FINITE_BE | FINITE_BE_NOT


def _names_state(words: list[str], start: int, end: int) -> bool:
    """Whether the words start..end (before the clause's verb) hold a before-state noun or
    open with a before-state frame."""
    if _frame(words, start):
        return True
    i = start
    while i < end and words[i] in _LEADS:
        i += 1
    # the subject opens with that noun, one modifier at most before it ("a raw base model"):
    # "Fine-tuning a base model doesn't ..." is said of fine-tuning
    for j in range(i, min(i + 2, end)):
        for noun in _STATE_NOUNS:
            k = j + len(noun)
            if tuple(words[j:k]) == noun and k < len(words) and words[k] in _HEADS:
                return k <= end
    return False


def _subject_end(answer: Answer, start: int, limit: int) -> int:
    """The first verb of the clause from `start` (before `limit`), or `limit`."""
    words, stems = answer.text.words, answer.text.stems
    for j in range(start, limit):
        previous = words[j - 1] if j > start else ""
        following = words[j + 1] if j + 1 < len(words) else ""
        if is_verb(words[j], stems[j], previous, following) or words[j] in ("is", "are"):
            return j
    return limit


def said_of_the_start(answer: Answer, first: int) -> bool:
    """Whether a statement denied at word `first` is said of the model before the change: its
    clause's subject names that state ("a raw base model doesn't ..."), its sentence opens
    with a before-state frame ("Before fine-tuning, ..."), or its clause opens with "it" or
    "they" and its sentence's first subject names that state ("A pretrained LLM is a
    generalist ..., but it isn't specialized")."""
    structure, words = answer.structure, answer.text.words
    if structure.reach[first] >= 0:
        first = structure.reach[first]  # a list in the negation's reach: judge its clause
    start = structure.start("clause", first)
    while _elided(answer, start, first):
        # "it knows a lot but doesn't follow instructions": the clause shares the subject of
        # the clause before it in the sentence, so that clause is judged
        earlier = structure.start("clause", start - 1)
        if structure.sentences[earlier] != structure.sentences[start]:
            break
        start, first = earlier, start - 1
    if _names_state(words, start, _subject_end(answer, start, first)):
        return True
    opening = unit_start(structure.sentences, first)
    if _frame(words, opening):
        return True  # "Before fine-tuning, the model isn't ..."
    if opening_pronoun(words, start, first, _LEADS) is None:
        return False
    return _names_state(words, opening, _subject_end(answer, opening, first))


def _elided(answer: Answer, start: int, first: int) -> bool:
    """Whether the clause from `start` opens, after a joining word, with its verb: its subject
    is left out because it is the one of the clause before ("..., but doesn't follow")."""
    words = answer.text.words
    i = start
    while i < first and words[i] in _JOINS:
        i += 1
    if not 0 < start < i <= first:
        return False
    stems = answer.text.stems
    following = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in _COPULAS or is_verb(words[i], stems[i], words[i - 1], following)


def _frame(words: list[str], start: int) -> bool:
    """Whether the words from `start` open with a before-state frame ("Before fine-tuning")."""
    i = start
    while i < len(words) and words[i] in _LEADS:
        i += 1
    return phrase_at(words, i, _FRAMES) is not None
