"""The foil of a contrast: a subject an answer names only to set another against it. In
"Unlike PPO-based RLHF, it needs no reward model" or "DPO is simpler compared with the PPO
pipeline", PPO is the foil: nothing there is said of it. Every name in the noun phrase after
"unlike", "compared with", "rather than", "in contrast to" and the like is the foil, not only
the word right after it; and a foil fronted as a clause of its own ("Unlike X, ...") is not
where its sentence's main clause starts: the clause after it has its own subject, and a
pronoun opening it ("it", "they") stands for something other than the foil."""

from __future__ import annotations

from ..matching import Answer
from ..text.function_words import DETERMINERS
from ..verbs import is_verb

EXCLUDING = frozenset("unlike than versus vs compared against".split())
"""Words after which a name is the foil ("unlike GPT", "faster than GPT")."""
EXCLUDING_PAIRS = frozenset(
    (
        ("rather", "than"),
        ("instead", "of"),
        ("opposed", "to"),
        ("contrary", "to"),
        ("contrast", "to"),
        ("contrast", "with"),
        ("compared", "with"),
        ("compared", "to"),
    )
)
"""Two words after which a name is the foil ("rather than GPT", "in contrast to GPT")."""
_NOT_NOUN_PHRASE = frozenset(
    "it they this these which that who whose where when and or but if because so".split()
)
"""Words that end the foil's noun phrase when met going back from a name: a pronoun, a
relative word or a conjunction stands between the foil and what follows it."""
_LEADS = frozenset("in as and but so".split())
"""Words that may stand before the opening of a fronted foil ("In contrast to GPT, ...",
"But unlike GPT, ...")."""


def _opens_foil(words: list[str], i: int) -> bool:
    """Whether the word at `i` opens a foil: an excluding word, or the second of a pair."""
    return words[i] in EXCLUDING or (i > 0 and (words[i - 1], words[i]) in EXCLUDING_PAIRS)


def excluded(answer: Answer, position: int) -> bool:
    """Whether a subject named at `position` is the foil: an excluding word stands before it
    in its clause with only the words of one noun phrase between ("unlike PPO-based RLHF",
    "compared with the PPO pipeline"); not a name after a verb, a pronoun, a relative word or
    a second determiner ("Unlike GPT, BERT ...", "unlike the encoder the decoder masks ...":
    BERT and the decoder are described), and every name of a fronted foil clause
    ("Unlike PPO and RLHF, ...")."""
    words, stems, clauses = answer.text.words, answer.text.stems, answer.structure.clauses
    if fronted_foil_end(answer, answer.structure.start("clause", position)) > position:
        return True
    i = position - 1
    determiner = False  # going back, the determiner that opens the name's noun phrase
    while i >= 0 and clauses[i] == clauses[position]:
        word = words[i]
        if _opens_foil(words, i):
            return True
        if word in _NOT_NOUN_PHRASE or (determiner and word not in DETERMINERS):
            return False  # "unlike the encoder THE decoder": a noun phrase of its own
        previous = words[i - 1] if i > 0 else ""
        if is_verb(word, stems[i], previous, words[i + 1]):
            return False
        determiner = word in DETERMINERS
        i -= 1
    return False


def fronted_foil_end(answer: Answer, start: int) -> int:
    """Where the main clause starts when the clause at `start` is a fronted foil: a clause
    that opens with an excluding word ("Unlike PPO-based RLHF,", "In contrast to GPT,",
    "Compared with PPO,") and holds no verb, followed by another clause of its sentence;
    the first word of that next clause. `start` itself when it is no fronted foil."""
    words, stems = answer.text.words, answer.text.stems
    clauses, sentences = answer.structure.clauses, answer.structure.sentences
    i = start
    while i < len(words) and sentences[i] == sentences[start] and words[i] in _LEADS:
        i += 1
    if (
        i + 1 < len(words)
        and (words[i], words[i + 1]) in EXCLUDING_PAIRS
        and clauses[i] == clauses[i + 1]  # "contrast, with ..." is no pair
    ):
        opening = i + 1  # "rather than", "in contrast to", "as opposed to"
    elif i < len(words) and words[i] in EXCLUDING and words[i] not in ("than", "against"):
        opening = i  # "unlike", "compared with", "versus"
    else:
        return start
    if opening >= len(words) or sentences[opening] != sentences[start]:
        return start
    end = opening + 1
    while end < len(words) and clauses[end] == clauses[opening]:
        previous = words[end - 1]
        following = words[end + 1] if end + 1 < len(words) else ""
        if is_verb(words[end], stems[end], previous, following):
            return start  # "Unlike the encoder the decoder masks ...": no clause of its own
        end += 1
    if end >= len(words) or sentences[end] != sentences[start]:
        return start
    return end
