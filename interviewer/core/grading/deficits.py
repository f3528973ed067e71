"""Words of a deficit in a concept's phrase, and the negation that says the same thing.

A long phrase is found when two thirds of its words are there (matching.needed_share), so the
word that makes it a shortcoming can be the one left out: "cannot recall exact details"
holds three of the four words of "worse at recalling exact details", and without this reading
the answer's "cannot" denied the concept (a correct answer on state-space models scored 0 for
'weaker exact recall', probes37), while "can recall exact details", which says the opposite,
was credited. Where the left-out word is a deficit word, the phrase's polarity is carried by
the answer: said in the negative, the rest of it says the shortcoming; said plainly, it does
not.
"""

from __future__ import annotations

from collections.abc import Sequence

from .matching import Answer, Phrase
from .text import cached_stem

DEFICIT_WORDS = frozenset(
    "worse worst weaker weak poorer poor poorly badly struggle struggles struggling fail fails "
    "failing unable forget forgets forgetting lose loses losing".split()
)
"""Words that make a phrase name a shortcoming ("worse at copying", "struggles to recall",
"fails on long inputs", "forgets exact details", "loses the order"): what a negation of the
rest of the phrase says too ("cannot copy", "does not recall", "has no order")."""


def left_out_deficit(phrase: Phrase, said_stems: Sequence[str]) -> bool:
    """Whether a deficit word of `phrase` is not among the stems the answer said for it."""
    said = set(said_stems)
    return any(word in DEFICIT_WORDS and s not in said for word, s, _ in phrase.tokens)


def dropped_deficit(phrase: Phrase, answer: Answer, position: int) -> bool:
    """Whether a deficit word written in `phrase` is not among the words it must find (left
    out when the phrase was made: "forgets old tasks" is looked for as "old tasks") and the
    answer's sentence (the one of word `position`) says no deficit word: a negation of the
    rest there then says the shortcoming ("can no longer do the old tasks"), and denies
    nothing."""
    kept = {word for word, _, _ in phrase.tokens}
    if not any(w in DEFICIT_WORDS and w not in kept for w in phrase.text.lower().split()):
        return False
    sentences, stems = answer.structure.sentences, answer.text.stems
    said = {stems[i] for i in range(len(stems)) if sentences[i] == sentences[position]}
    return not any(cached_stem(w) in said for w in DEFICIT_WORDS)


DEFICIT_SIGNS = frozenset(
    "drop drops dropped dropping degrade degrades degraded degrading degradation decline "
    "declines declined declining decrease decreases decreased lost loss worse suffer suffers "
    "suffered hurt hurts damaged erased erases overwritten overwrites disappear disappears "
    "gone".split()
)
"""Words besides the DEFICIT_WORDS that say a shortcoming of what they are said with
("accuracy on the old tasks drops", "old skills are overwritten")."""


def _dropped(phrase: Phrase) -> bool:
    kept = {word for word, _, _ in phrase.tokens}
    return any(w in DEFICIT_WORDS and w not in kept for w in phrase.text.lower().split())


def denied_dropped_deficit(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the deficit word dropped from `phrase` is said by the answer, denied, before
    the words found in their clause: "never forgets the old tasks" and "hardly loses old
    skills" deny the shortcoming ("forgets old tasks" is looked for as "old tasks"), where
    the verb after "never" was not read as one a negation stands on."""
    if not _dropped(phrase):
        return False
    structure, stems = answer.structure, answer.text.stems
    first = min(positions)
    deficit_stems = {cached_stem(w) for w in DEFICIT_WORDS}
    return any(
        stems[i] in deficit_stems and structure.negated(i)
        for i in range(first - 1, -1, -1)
        if structure.clauses[i] == structure.clauses[first]
    )


def rest_said_plainly(phrase: Phrase, answer: Answer, position: int) -> bool:
    """Whether a phrase whose deficit word was dropped when it was made is found where the
    answer says no shortcoming: its sentence (the one of word `position`) holds no negation
    ("can no longer do the old tasks" says the loss), and the answer no deficit word or word
    of loss (DEFICIT_SIGNS) outside a negation's reach. Its words then only name the topic:
    "it does the old tasks well" says the opposite of "forgets old tasks", and is no credit;
    "it forgets what it knew ... keep showing it old examples" says the loss, then the rest."""
    if not _dropped(phrase):
        return False
    structure, text = answer.structure, answer.text
    sentence = structure.sentences[position]
    if any(structure.negated(i) for i, s in enumerate(structure.sentences) if s == sentence):
        return False
    signs = {cached_stem(w) for w in DEFICIT_WORDS | DEFICIT_SIGNS}
    return not any(
        (text.stems[i] in signs or text.words[i] in DEFICIT_SIGNS) and not structure.negated(i)
        for i in range(len(text.words))
    )
