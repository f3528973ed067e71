"""Where a subject's naming phrase occurs in an answer: its words near each other in one
clause, or a degree word standing alone for a setting of the asked quantity ("low is focused,
high is random")."""

from __future__ import annotations

from ..matching import Answer, Phrase
from ..text import STOP_WORDS
from ..text.function_words import ARTICLES
from ..verbs import is_verb

_ELIDED_NOUNS = frozenset("t value values setting settings end".split())
"""Words that may follow a degree word naming a setting of the asked quantity ("low T", "high
values", "at the low end"): any other noun after it is what it qualifies ("lower-probability
tokens", "high quality"), and "one" may stand for any noun said before ("a smaller one")."""
_LIGHT_VERBS = frozenset(
    "make makes give gives keep keeps mean means lead leads yield yields".split()
)
"""Verbs that may follow the degree word as its predicate ("low makes it focused"), which
verbs.is_verb does not take for verbs relating terms."""


def elided_occurrences(phrase: Phrase, answer: Answer, asked: frozenset[str]) -> list[int]:
    """Where a degree word stands alone for a setting of the asked quantity ("low is focused,
    high is random"): that very word, not joined by a hyphen to the next one, and followed by
    no content word but a verb, a word of the question (`asked`: its stems, "high rate") or
    one of _ELIDED_NOUNS."""
    text = answer.text
    words, spans, raw, stems = text.words, text.spans, text.raw, text.stems
    word = phrase.tokens[0][0]
    found = []
    for p in answer.find(word, phrase.tokens[0][1], False)[0]:
        if words[p] != word:
            continue
        if p + 1 < len(words):
            after = words[p + 1]
            if spans[p + 1][0] == spans[p][1] + 1 and raw[spans[p][1]] == "-":
                continue  # "lower-probability tokens"
            if after in ("one", "ones") or not (
                after in STOP_WORDS
                or after in _ELIDED_NOUNS
                or after in _LIGHT_VERBS
                or stems[p + 1] in asked
                or is_verb(after, stems[p + 1], word, words[p + 2] if p + 2 < len(words) else "")
            ):
                continue  # "high quality", "low rank"
        found.append(p)
    return found


def occurrences(phrase: Phrase, answer: Answer) -> list[int]:
    """Start positions of every occurrence of a short phrase (its words within a few words of
    each other, in one clause, its last word, the name's head, after the others)."""
    lists = []
    for word, word_stem, fuzzy in phrase.tokens:
        positions, _ = answer.find(word, word_stem, fuzzy)
        if not positions:
            return []
        lists.append(positions)
    words = answer.text.words
    if len(lists) == 1:
        if len(phrase.text.split()) > 1:
            # a verb left alone by its pronoun ("lowering it") names the subject only as that
            # very word: "lower-probability tokens" does not lower the temperature
            return [p for p in lists[0] if words[p] == phrase.tokens[0][0]]
        return list(lists[0])
    clauses = answer.structure.clauses
    own = ARTICLES & set(phrase.text.lower().split())
    window = len(lists) + 2
    starts = []
    for anchor in lists[0]:
        chosen = [anchor]
        for positions in lists[1:]:
            near = [p for p in positions if abs(p - anchor) <= window]
            if not near:
                break
            chosen.append(min(near, key=lambda p: abs(p - anchor)))
        else:
            # the name's head stands last: "a language model and text-to-speech" does not name
            # the "speech-to-speech model" (its "model" heads another compound)
            if (
                len({clauses[p] for p in chosen}) == 1
                and chosen[-1] == max(chosen)
                and not _article_between(words, min(chosen), max(chosen), own)
            ):
                starts.append(min(chosen))
    return starts


def _article_between(words: list[str], first: int, last: int, own: frozenset[str]) -> bool:
    """Whether an article the name does not hold itself stands between its first and last
    word: it opens another noun phrase. "In a cascaded voice assistant the ASR model
    transcribes ..." does not name the "speech-to-speech model" ("voice" is read as "speech";
    mapping52, a correct control on genai-209 flagged as a swap)."""
    return any(words[i] in ARTICLES and words[i] not in own for i in range(first + 1, last))
