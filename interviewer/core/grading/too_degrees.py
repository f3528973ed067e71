"""The key's "too X" said as "too Y", its opposite: "Overfitting means the model is too simple."
against a key that says overfitting is a model "too complex for its data" found no wrong claim
and scored 31.9 on its likeness to the key (found by play helpers; keys50, stop 41):
reversals/ reads direction words in clauses of two other words or more, antonyms.py only
sides the key denies.

Key and answer are read on the one sentence structure every wrong-claim check reads
(`clauses.Structure`: its segments, clauses and the reach of a negation, `denials.Denials`).
A degree of the key is "too" and the word right after it in its clause ("too complex", "too
large", "too many"), not denied. An answer segment says one the other way round
(`degrees_turned`) when it says "too" and the opposite of that word (the direction pairs of
text.DIRECTION_WORDS, or antonyms.ANTONYMS: "large" / "small", "complex" / "simple") of what
the key says it of: its clause before "too" shares a content word with the key's clause before
its "too" ("the model" in both; not "the holes are too small" for the key's "the particles are
too big"). Not read so: a degree the key says itself ("if too large, it diverges; if too
small, it is slow": both are the key's), an answer that says the key's degree anywhere, or a
word with the same opposite ("big" for "large"; the other is then said of something else, or
an aside), a segment with a word that sets it against something else ("unlike", "instead"),
or a degree that is denied ("the model is not too simple", "too simple is not the problem"; a
"cannot" in the clause after it is the claim's consequence: "too simple, so it cannot fit").

A key that says both degrees, each with its outcome, is said wrong when an answer gives one
degree the other's outcome (`outcomes_swapped`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .antonyms import ANTONYMS, opposite
from .clauses import Structure
from .result import Contradiction
from .text import DIRECTION_WORDS, STOP_WORDS, Text, stem
from .too_to import too_to

SET_APART = frozenset("unlike whereas instead rather opposite contrast versus vs".split())
"""Words that set a segment's claim against something else: no plain claim of a degree."""


@dataclass(frozen=True)
class Degree:
    """One "too X" of a text, not denied."""

    stem: str
    """The stem of X."""
    word: str
    """X as written (lower-cased)."""
    at: int
    """The position of "too"."""
    subject: frozenset[str]
    """The content stems said before "too" in its clause, what it is said of (all the other
    content stems of its segment when none is: "Too large a learning rate makes it diverge.")."""
    set_apart: bool
    """Whether its segment holds a word of SET_APART."""


def read_degrees(text: Text, structure: Structure) -> list[Degree]:
    """Each "too X" of the text that no negation denies, in order."""
    words = text.words
    found: list[Degree] = []
    if "too" not in text.word_set:
        return found
    for first, last in structure.units("segment"):
        apart = not SET_APART.isdisjoint(words[first : last + 1])
        for i in range(first, last):
            if words[i] != "too" or not _degree_word(text, structure, i):
                continue
            if _denied(structure, i):
                continue
            start = structure.start("clause", i)
            subject = frozenset(stem(w) for w in words[start:i] if w not in STOP_WORDS)
            if not subject:
                subject = frozenset(
                    stem(w)
                    for w in words[first : last + 1]
                    if w not in STOP_WORDS and w != words[i + 1]
                )
            found.append(Degree(stem(words[i + 1]), words[i + 1], i, subject, apart))
    return found


def _denied(structure: Structure, i: int) -> bool:
    """Whether the "too X" at `i` is denied: in a negation's reach ("the model is not too
    simple", "hardly ever too simple"), or its clause denies it after it ("too simple isn't an
    issue", "a model too simple is rarely the problem")."""
    return (
        structure.negated(i)
        or structure.negated(i + 1)
        or structure.denied_after(i + 1)
        or any(
            n > i
            and structure.clauses[n] == structure.clauses[i]
            and not too_to(structure.text.words, n)  # "too large to pass": its own "to"
            for n in structure.negators
        )
    )


def _degree_word(text: Text, structure: Structure, i: int) -> bool:
    """Whether the word after "too" at `i` is its degree: a word of letters, in its clause,
    with only a space before it."""
    if i + 1 >= len(text.words) or structure.clauses[i + 1] != structure.clauses[i]:
        return False
    word = text.words[i + 1]
    gap = text.raw[text.spans[i][1] : text.spans[i + 1][0]]
    return word[:1].isalpha() and word[:1].isascii() and gap.isspace()


def _segment(structure: Structure, at: int) -> tuple[int, int]:
    """(first, last) word positions of the segment the word at `at` is in."""
    return next((a, b) for a, b in structure.units("segment") if a <= at <= b)


@lru_cache(maxsize=512)
def _key(key: str) -> tuple[Text, Structure, tuple[Degree, ...]]:
    """A key's text, its structure and its degrees, read once per key."""
    text = Text.of(key)
    structure = Structure.of(text)
    return text, structure, tuple(read_degrees(text, structure))


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


def degrees_turned(key: str, text: Text, structure: Structure) -> list[Contradiction]:
    """The answer's "too Y" for the key's "too X" (see the module docstring), each quoting
    the answer's segment."""
    keyed = [d for d in _key(key)[2] if not d.set_apart]
    said = frozenset(d.stem for d in keyed)
    answered = [d for d in read_degrees(text, structure) if not d.set_apart]
    if not said or any(_same(d.stem, said) for d in answered):
        return []
    found: list[Contradiction] = []
    for degree in answered:
        turned = _opposite(degree.stem, said)
        if turned is None:
            continue
        words = [d.word for d in keyed if d.stem == turned and degree.subject & d.subject]
        if words:
            first, last = _segment(structure, degree.at)
            found.append(
                Contradiction(
                    concept=f"too {words[0]} (said the other way round)",
                    evidence=(text.quote(first, last),),
                    detail=f"the answer key says too {words[0]}",
                )
            )
    return found


def _outcomes(text: Text, structure: Structure) -> list[tuple[str, str, str, frozenset[str]]]:
    """(the stem of each "too" degree, the degree as written, the text from it to the next
    "too" or the end of its segment, the content stems of that text besides the degree, an
    adverb's also without its "-ly") for each "too" of the text not denied."""
    words = text.words
    degrees = read_degrees(text, structure)
    found: list[tuple[str, str, str, frozenset[str]]] = []
    for k, degree in enumerate(degrees):
        last = _segment(structure, degree.at)[1]
        if k + 1 < len(degrees):
            last = min(last, degrees[k + 1].at - 1)
        after = [w for w in words[degree.at + 2 : last + 1] if w not in STOP_WORDS]
        stems = {stem(w) for w in after} | {stem(w[:-2]) for w in after if w.endswith("ly")}
        quote = text.quote(degree.at, last)
        found.append((degree.stem, degree.word, quote, frozenset(stems)))
    return found


def outcomes_swapped(key: str, text: Text, structure: Structure) -> list[Contradiction]:
    """The outcomes of a key's two opposite degrees exchanged: against "If the learning rate is
    too large, training diverges; if it is too small, training converges very slowly.", the
    answer "Too large and it converges slowly, too small and it diverges." (78.6 before). An
    answer's "too X" (or a word with X's opposite) is said with the other degree's outcome when
    what follows it, up to the next "too" or the end of its segment, holds a word only the
    other degree's part of the key holds and none only X's part holds."""
    keyed = _outcomes(*_key(key)[:2])
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
    for degree, _, piece, stems in _outcomes(text, structure):
        if degree not in said:
            opposite_of = _opposite(degree, said)
            matches = [d for d in said if opposite_of and _opposite(d, frozenset({opposite_of}))]
            if len(matches) != 1:
                continue
            degree = matches[0]
        other = _opposite(degree, said - {degree})
        if other is None or stems & own[degree] or not stems & own[other]:
            continue
        found.append(
            Contradiction(
                concept=f"too {written[degree]}: what the key says of too {written[other]}",
                evidence=(piece,),
                detail=f"the answer key says it of too {written[other]}",
            )
        )
    return found
