"""What the answer key takes in and gives out, said the other way round (reference mode).

"Plants take in oxygen and give off carbon dioxide" against a key in which plants "use ...
carbon dioxide ... and release oxygen"; "the blood absorbs carbon dioxide and releases oxygen"
against "the blood takes in oxygen ... and gives out carbon dioxide". The verbs differ from the
key's, so exchanged.py, which compares the key's own verbs, does not see it, and the key's two
things are often no key term the grader derived ("oxygen" is too common a word).

The key's sentences say which things go in and which come out: the objects of a verb of taking
in ("absorb", "take in", "inhale", "receive"; in the key also "use", "consume", "need") and of
giving out ("release", "give off", "emit", "exhale", "send", "produce"). The answer reverses
the roles when it gives a thing only the key takes in a verb of giving out, and a thing only
the key gives out a verb of taking in: both halves, as a swap of subjects is read in swaps.py.
One half alone ("it releases oxygen and carbon dioxide") is left alone: a longer list is no
error. A denied verb reads nothing ("does not release oxygen" is a denial, polarity.py's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .clauses import Structure
from .exchanged import PARTICLES, Term, heads
from .result import Contradiction
from .text import STOP_WORDS, Text
from .text.function_words import LIST_CONJUNCTIONS

IN, OUT = "in", "out"

_ANY_PARTICLE = ""
_IN = ("in", "up")
_VERBS: dict[tuple[str, str], str] = {
    **{(v, _ANY_PARTICLE): IN for v in "absorb inhal receiv intak".split()},
    **{(v, p): IN for v in "take took taken breath draw let suck soak".split() for p in _IN},
    ("pick", "up"): IN,
    **{(v, _ANY_PARTICLE): OUT for v in "releas emit exhal expel excret produc send sent".split()},
    **{(v, p): OUT for v in "give gave given breath let send sent".split() for p in ("out", "off")},
}
"""(verb stem, particle) -> the way the verb moves its object; "" for the verb with no
particle or any."""
_KEY_INTAKE = frozenset("use consum need requir".split())
"""Verbs by which a key names what something takes in ("plants use light, water and carbon
dioxide"), read so in the key only: an answer that "uses" a thing says no direction."""
_DETERMINERS = frozenset("a an the its their some more less all both any back away".split())
_OBJECT_WORDS = 3
"""At most this many content words make one object ("carbon dioxide", "light energy")."""
_OBJECTS = 4
"""At most this many objects of one verb ("glucose and oxygen")."""

Directions = dict[str, dict[str, tuple[int, int]]]
"""A thing's name -> each way ("in", "out") the text moves it -> the words from the verb to the
end of the thing, the first time."""


@dataclass(frozen=True)
class KeyRoles:
    """The things the key moves in or out, as terms, and the ways it moves each."""

    text: Text
    terms: tuple[Term, ...]
    directions: Directions


def _direction(text: Text, verb: int, particle: str, key: bool) -> str | None:
    stem = text.stems[verb]
    way = _VERBS.get((stem, particle)) or _VERBS.get((stem, _ANY_PARTICLE))
    if way is None and key and stem in _KEY_INTAKE and not particle and text.words[verb] != "using":
        return IN  # not "in the chloroplasts using chlorophyll": a means, not what is taken in
    return way


def _moving(text: Text, i: int, key: bool) -> tuple[int, str] | None:
    """The verb at or before `i` that moves what follows it, with its way: "take in" read at
    "in" or at "take"; "breath in" too (a noun for the verb, as often written)."""
    words = text.words
    if i < 0:
        return None
    if words[i] in PARTICLES and i >= 1:
        way = _direction(text, i - 1, words[i], key)
        return (i - 1, way) if way else None
    way = _direction(text, i, "", key)
    return (i, way) if way else None


def key_roles(text: Text, structure: Structure) -> KeyRoles:
    """The objects of the key's verbs of taking in and giving out, and their ways."""
    words, stems = text.words, text.stems
    found: dict[tuple[str, ...], Term] = {}
    for i in range(len(words)):
        moving = _moving(text, i, key=True)
        if moving is None or moving[0] != i - (words[i] in PARTICLES) or structure.negated(i):
            continue
        k, objects = i + 1, 0
        run: list[int] = []
        while k < len(words) and objects < _OBJECTS:
            between = text.raw[text.spans[k - 1][1] : text.spans[k][0]]
            if any(mark in between for mark in ".;:()[]"):
                break
            word = words[k]
            if ("," in between or word in LIST_CONJUNCTIONS) and run:
                found.setdefault(tuple(stems[j] for j in run), _term(text, run))
                run, objects = [], objects + 1
            if word in LIST_CONJUNCTIONS or word in _DETERMINERS:
                k += 1
                continue
            if word in STOP_WORDS or word.endswith(("ed", "ing")) or len(run) >= _OBJECT_WORDS:
                break
            after = _moving(text, k + 1, key=True) if k + 1 < len(words) else None
            if _moving(text, k, key=True) is not None or (after and after[0] == k):
                break  # the next verb: "absorbs it", "and gives out"
            run.append(k)
            k += 1
        if run:
            found.setdefault(tuple(stems[j] for j in run), _term(text, run))
    terms = tuple(found.values())
    return KeyRoles(text, terms, directions(text, structure, terms, key=True))


def _term(text: Text, run: list[int]) -> Term:
    return Term(text.quote(run[0], run[-1]), tuple(text.stems[j] for j in run))


def directions(text: Text, structure: Structure, terms: Sequence[Term], key: bool) -> Directions:
    """The ways the text moves each term: by the verb it follows (exchanged.heads), not
    denied."""
    ways: Directions = {}
    for end, name, head in heads(text, structure, terms):
        moving = _moving(text, head, key)
        if moving is not None and not structure.negated(moving[0]):
            ways.setdefault(name, {}).setdefault(moving[1], (moving[0], end))
    return ways


def roles_reversed(roles: KeyRoles, text: Text, structure: Structure) -> list[Contradiction]:
    """The pair of things the answer moves each the other's way (see the module docstring)."""
    said = directions(text, structure, roles.terms, key=False)
    key = roles.directions
    taken = [t for t, w in key.items() if w.keys() == {IN} and said.get(t, {}).keys() == {OUT}]
    given = [t for t, w in key.items() if w.keys() == {OUT} and said.get(t, {}).keys() == {IN}]
    if not (taken and given):
        return []
    spans = sorted((said[given[0]][IN], said[taken[0]][OUT]))
    return [
        Contradiction(
            concept=f"{given[0]} and {taken[0]} (exchanged)",
            evidence=tuple(text.evidence(a, b) for a, b in spans),
            detail="the answer key says "
            + " and ".join(
                f"“{roles.text.evidence(*key[name][way])}”"
                for name, way in sorted(
                    ((taken[0], IN), (given[0], OUT)), key=lambda n: key[n[0]][n[1]]
                )
            ),
        )
    ]
