"""The key's "too X" said as "too Y", its opposite: "Overfitting means the model is too simple."
against a key that says overfitting is a model "too complex for its data" found no wrong claim
and scored 31.9 on its likeness to the key (found by play helpers; keys50, stop 41):
reversals.py reads direction words in clauses of two other words or more, antonyms.py only
sides the key denies.

A degree of the key is "too" and the word after it ("too complex", "too large", "too many"),
not denied. An answer sentence says one the other way round (`degrees_turned`) when it says
"too" and the opposite of that word (the direction pairs of text.DIRECTION_WORDS, or
antonyms.ANTONYMS: "large" / "small", "complex" / "simple") of what the key says it of: its
clause before "too" shares a content word with the key's clause before its "too" ("the model"
in both; not "the holes are too small" for the key's "the particles are too big"). Not read
so: a degree the key says itself ("if too large, it diverges; if too small, it is slow": both
are the key's), an answer that says the key's degree anywhere, or a word with the same
opposite ("big" for "large"; the other is then said of something else, or an aside), a
sentence with a word that sets it against something else ("unlike", "whereas", "instead"), or
a clause with a negation ("the model is not too simple"; a "cannot" in the clause after it is
the claim's consequence: "too simple, so it cannot fit").

A key that says both degrees, each with its outcome, is said wrong when an answer gives one
degree the other's outcome (`outcomes_swapped`)."""

from __future__ import annotations

import re

from .antonyms import ANTONYMS, opposite
from .result import Contradiction
from .text import DIRECTION_WORDS, STOP_WORDS, stem

_TOO = re.compile(r"\btoo\s+([a-z][a-z-]*)", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?;]+")
_WORD = re.compile(r"[a-z][a-z'-]*")
SET_APART = frozenset("unlike whereas instead rather opposite contrast versus vs".split())
"""Words that set a sentence's claim against something else: no plain claim of a degree."""
DENIALS = frozenset(
    "not no never without nor none can't cannot don't doesn't won't isn't aren't wasn't "
    "weren't".split()
)
"""Words that deny a degree in its clause ("the model is not too simple")."""
_CLAUSE_END = re.compile(r",|:|\b(?:so|because|since|which|but|and|while|thus|hence)\b")


def _degrees(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """(the stem of the word after "too", the word, the content stems said before it in its
    clause, what it is said of, or all its sentence's others when none is) for each "too" of
    the text not set apart by a negation or a contrast."""
    found: list[tuple[str, str, frozenset[str]]] = []
    for sentence in _SENTENCE.finditer(text.lower()):
        words = _WORD.findall(sentence.group())
        if SET_APART.intersection(words):
            continue
        for m in _TOO.finditer(sentence.group()):
            if DENIALS.intersection(_WORD.findall(_clause(sentence.group(), m.start()))):
                continue
            start = max(
                (b.end() for b in _CLAUSE_END.finditer(sentence.group(), 0, m.start())), default=0
            )
            before = _WORD.findall(sentence.group()[start : m.start()])
            subject = frozenset(stem(w) for w in before if w not in STOP_WORDS)
            if not subject:  # "Too large a learning rate makes training diverge."
                subject = frozenset(
                    stem(w) for w in words if w not in STOP_WORDS and w != m.group(1)
                )
            found.append((stem(m.group(1)), m.group(1), subject))
    return found


def _clause(sentence: str, at: int) -> str:
    """The clause of `sentence` around position `at`: from the last clause break before it to
    the next one after it (a comma, a colon, "so", "because", "which", "but", "and", ...)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
    end = _CLAUSE_END.search(sentence, at)
    return sentence[start : end.start() if end else len(sentence)]


def _opposite(word: str, of: frozenset[str]) -> str | None:
    """The word of `of` that `word` is the opposite of (a direction pair or an antonym)."""
    for other in DIRECTION_WORDS.get(word, ()):
        if other in of:
            return other
    return opposite(word, of)


def _same(degree: str, said: frozenset[str]) -> bool:
    """Whether a degree is one of `said`, or a word with the same opposite ("big" for the
    key's "large": both are the opposite of "small")."""
    if degree in said:
        return True
    opposites = set(DIRECTION_WORDS.get(degree, ())) | ANTONYMS.get(degree, frozenset())
    return any(_opposite(other, said) for other in opposites)


def degrees_turned(key: str, answer: str) -> list[Contradiction]:
    """The answer's "too Y" for the key's "too X" (see the module docstring), each quoting
    the answer's sentence."""
    keyed = _degrees(key)
    said = frozenset(degree for degree, _, _ in keyed)
    if not said or any(_same(degree, said) for degree, _, _ in _degrees(answer)):
        return []
    found: list[Contradiction] = []
    for sentence in _SENTENCE.finditer(answer):
        for degree, _, subject in _degrees(sentence.group()):
            turned = _opposite(degree, said)
            if turned is None:
                continue
            words = [word for d, word, of in keyed if d == turned and subject & of]
            if words:
                found.append(
                    Contradiction(
                        concept=f"too {words[0]} (said the other way round)",
                        evidence=(sentence.group().strip(),),
                        detail=f"the answer key says too {words[0]}",
                    )
                )
    return found


def _segments(text: str) -> list[tuple[str, str, str, frozenset[str]]]:
    """(the stem of each "too" degree, the degree as written, the text from it to the next
    "too" or the end of its sentence, the content stems of that text besides the degree, an
    adverb's also without its "-ly") for each "too" of the text not denied."""
    lowered = text.lower()
    marks = [
        m
        for m in _TOO.finditer(lowered)
        if not DENIALS.intersection(_WORD.findall(_clause(lowered, m.start())))
    ]
    found: list[tuple[str, str, str, frozenset[str]]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        stop = _SENTENCE_END.search(text, m.end(), end)
        piece = text[m.start() : stop.start() if stop else end]
        words = [w for w in _WORD.findall(piece.lower())[2:] if w not in STOP_WORDS]
        stems = {stem(w) for w in words} | {stem(w[:-2]) for w in words if w.endswith("ly")}
        found.append((stem(m.group(1)), m.group(1), piece, frozenset(stems)))
    return found


_SENTENCE_END = re.compile(r"[.!?;]")


def outcomes_swapped(key: str, answer: str) -> list[Contradiction]:
    """The outcomes of a key's two opposite degrees exchanged: against "If the learning rate is
    too large, training diverges; if it is too small, training converges very slowly.", the
    answer "Too large and it converges slowly, too small and it diverges." (78.6 before). An
    answer's "too X" (or a word with X's opposite) is said with the other degree's outcome when
    what follows it, up to the next "too" or the end of its sentence, holds a word only the
    other degree's part of the key holds and none only X's part holds."""
    keyed = _segments(key)
    said = frozenset(degree for degree, _, _, _ in keyed)
    if len(said) < 2 or not any(_opposite(d, said - {d}) for d in said):
        return []
    written = {degree: word for degree, word, _, _ in keyed}
    own: dict[str, frozenset[str]] = {}
    for degree in said:
        mine = frozenset().union(*(w for d, _, _, w in keyed if d == degree))
        others = frozenset().union(*(w for d, _, _, w in keyed if d != degree))
        own[degree] = mine - others - said
    found: list[Contradiction] = []
    for degree, _, piece, words in _segments(answer):
        if degree not in said:
            opposite_of = _opposite(degree, said)
            matches = [d for d in said if opposite_of and _opposite(d, frozenset({opposite_of}))]
            if len(matches) != 1:
                continue
            degree = matches[0]
        other = _opposite(degree, said - {degree})
        if other is None or words & own[degree] or not words & own[other]:
            continue
        found.append(
            Contradiction(
                concept=f"too {written[degree]}: what the key says of too {written[other]}",
                evidence=(piece.strip(" ,;.:"),),
                detail=f"the answer key says it of too {written[other]}",
            )
        )
    return found
