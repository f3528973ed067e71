"""The reference's words read as units (a word, or several written as one: a compound, a
Big-O expression), each marked as a possible term alone or half of a phrase (`read_units`), and
the two-unit phrases the reference writes (`phrase_pairs`, `goes_on`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..clauses import Structure
from ..text import STOP_WORDS, Text, cached_stem
from ..text.words import HYPHEN_CHARS
from ..verbs import acts_in_key
from .instruction_keys import meta_positions
from .words import (
    ADJECTIVE_ENDINGS,
    FOLLOW_A_NOUN,
    NOT_ADVERBS,
    PARTICLE_ADVERBS,
    PARTITIVES,
    PHRASE_WORDS,
    generic_stems,
    in_explanation_phrase,
    name_like,
)

_BIG_O_RE = re.compile(r"(?<![^\W_])[OoΘΩ]\([^()\n]{1,24}\)")
_HYPHENS = HYPHEN_CHARS | frozenset("/")
"""What joins two words of a key into one term: a hyphen ("B-tree") or a slash ("TCP/IP")."""


@dataclass(frozen=True)
class Unit:
    """One word of the reference, or several written as one (a compound, a Big-O)."""

    first: int
    last: int
    key: str
    """The stems of its words, joined: what makes two occurrences the same term."""
    content: tuple[str, ...]
    """The stems of its words that may carry weight (not function words, not numbers)."""
    alone: bool
    """Whether it can be a term on its own (see the module docstring)."""
    joinable: bool
    """Whether it can be one half of a two-word term."""
    marked: bool
    """Whether the reference writes it as a name (see MARKED)."""
    phrase_only: bool = False
    """Whether it is one of PHRASE_WORDS: a term only with its neighbour."""


@dataclass(frozen=True)
class Pair:
    """Two units the reference writes next to each other, as a phrase."""

    keys: tuple[str, str]
    first: int
    last: int
    second: int
    """Where its second unit starts."""


IRREGULAR_PLURALS = (("ic", ("ex", "ix")), ("", ("is",)), ("a", ("um", "on")))
"""(ending of a plural's stem, endings of its singular): "indices" / "index", "matrices" /
"matrix", "analyses" / "analysis", "criteria" / "criterion", which the stemmer leaves apart."""


def same_words(units: list[Unit]) -> list[Unit]:
    """The units, a one-word unit written as an irregular plural of another word of the
    reference ("indices" beside "indexes") read as that word: one term, counted once."""
    keys = {u.key for u in units}

    def singular(key: str) -> str:
        if " " in key:
            return key
        for ending, singulars in IRREGULAR_PLURALS:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                for other in singulars:
                    found = key[: len(key) - len(ending)] + other
                    if found != key and found in keys:
                        return found
        return key

    return [replace(u, key=k) if (k := singular(u.key)) != u.key else u for u in units]


def read_units(ref: Text, prompt: str, asked: frozenset[str]) -> list[Unit]:
    """The reference's words as units: hyphenated compounds and Big-O expressions as one."""
    generic = generic_stems()
    structure = Structure.of(ref)
    big_o = [m.span() for m in _BIG_O_RE.finditer(ref.raw)]
    asked_text = prompt.lower()
    explaining = in_explanation_phrase(ref.words)
    meta = meta_positions(ref)
    units: list[Unit] = []
    index, count = 0, len(ref.words)
    while index < count:
        last = index
        inside = next((s for s in big_o if s[0] <= ref.spans[index][0] < s[1]), None)
        if inside is not None:
            while last + 1 < count and ref.spans[last + 1][0] < inside[1]:
                last += 1
        else:
            while last + 1 < count and _hyphenated(ref, last):
                last += 1
        positions = range(index, last + 1)
        words = [ref.words[k] for k in positions]
        content = tuple(
            ref.stems[k]
            for k in positions
            if ref.words[k] not in STOP_WORDS and not ref.words[k].isdigit()
        )
        naming = [k for k in positions if _naming(ref.words[k], generic)]
        new = any(s not in asked for s in content)
        phrase_only = last == index and ref.stems[index] in PHRASE_WORDS
        if inside is not None:
            expression = ref.raw[inside[0] : inside[1]].lower()
            alone, joinable = expression not in asked_text, False
        elif phrase_only:
            alone, joinable = False, True
        else:
            alone = bool(naming) and new
            joinable = bool(naming) and not any(_adverb(w) for w in words)
            if last == index:
                joinable = joinable and len(words[0]) >= 2
        if last == index and words[0] in PARTICLE_ADVERBS:
            alone = False  # "rolled back": a phrase's first half at most (see phrase_pairs)
        if last == index and words[0] in PARTITIVES and ref.words[index + 1 : index + 2] == ["of"]:
            alone = joinable = False  # "a set of columns" names columns
        if any(k in explaining for k in positions):
            alone = joinable = False  # "at the cost of slower writes": no term is "cost"
        if last == index and index in meta:
            # "A good answer names a real mistake": words about the answer, not the subject
            # (instruction_keys.py)
            alone = joinable = False
        if last == index and _acts(ref, index):
            # "it checks that", "rows matching a condition": a verb names nothing, and paired
            # with its subject or object it made "thread execute", "execute Python"
            alone = joinable = False
        if any(structure.negated(k) for k in positions):
            # "so they are not recomputed": the key says it does not happen, and an answer
            # saying so too ("does not recompute them") was told it denied the term
            alone = joinable = False
        marked = last > index or any(name_like(ref, k) for k in positions)
        key = " ".join(ref.stems[k] for k in positions)
        units.append(Unit(index, last, key, content, alone, joinable, marked, phrase_only))
        index = last + 1
    return units


def _acts(ref: Text, index: int) -> bool:
    """Whether the word acts as a verb in the reference's sentence (verbs.acts_in_key)."""
    previous = following = ""
    if index > 0 and ref.raw[ref.spans[index - 1][1] : ref.spans[index][0]].isspace():
        previous = ref.words[index - 1]
    after = index + 1
    if after < len(ref.words) and ref.raw[ref.spans[index][1] : ref.spans[after][0]].isspace():
        following = ref.words[after]
    return acts_in_key(ref.words, index, previous, following)


def _naming(word: str, generic: frozenset[str]) -> bool:
    """Whether the word may name something: two characters or more, not a number, not a
    function word or a generic one."""
    word = word.replace("’", "'")
    if len(word) < 2 or word.isdigit() or word in STOP_WORDS:
        return False
    return cached_stem(word) not in generic


def _hyphenated(ref: Text, index: int) -> bool:
    """Whether word `index` and the next are joined by one hyphen ("B-tree")."""
    between = ref.raw[ref.spans[index][1] : ref.spans[index + 1][0]]
    return len(between) == 1 and between in _HYPHENS


def _verb_form(word: str) -> bool:
    """Whether the word ends in a plural's or a verb's -s."""
    return word.endswith("s") and not word.endswith("ss") and cached_stem(word) != word


def _participle(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS


def phrase_pairs(ref: Text, units: list[Unit], asked: frozenset[str]) -> list[Pair]:
    """Each two units written next to each other as a phrase (see the module docstring), in
    the reference's order."""
    result = []
    for left, right in zip(units, units[1:], strict=False):
        if not (left.joinable and right.joinable):
            continue
        if not (left.alone or right.alone or (left.phrase_only and right.phrase_only)):
            continue
        between = ref.raw[ref.spans[left.last][1] : ref.spans[right.first][0]]
        if not between or not between.isspace() or "\n" in between:
            continue
        if _verb_form(ref.words[left.last]):
            continue  # a plural or a verb's -s form: "keys reference", "stores copies"
        if right.first == right.last and ref.words[right.first] in PARTICLE_ADVERBS:
            continue  # "feeds the error back": the particle of a verb, not a word of "error"
        after = right.last + 1
        if right.first == right.last and _participle(ref.words[right.last]):
            continue  # "the objective popularized by", "a percent unchanged"
        if _verb_form(ref.words[right.last]) and after < len(ref.words):
            between = ref.raw[ref.spans[right.last][1] : ref.spans[after][0]]
            if between.isspace() and ref.words[after] not in FOLLOW_A_NOUN:
                continue  # a verb with its object: "the generator turns noise into"
        if all(s in asked for s in (*left.content, *right.content)):
            continue
        result.append(Pair((left.key, right.key), left.first, right.last, right.first))
    return result


def goes_on(ref: Text, pair: Pair, pairs: list[Pair]) -> Pair | None:
    """The pair that goes on from this one's second word when that word describes the word
    after it ("enforcing referential" goes on as "referential integrity", "separate data" as
    "data structure"), else None."""
    if pair.second != pair.last:
        return None
    word = ref.words[pair.last]
    if not word.endswith(ADJECTIVE_ENDINGS) and ref.stems[pair.last] not in PHRASE_WORDS:
        return None
    return next((p for p in pairs if p.first == pair.second), None)
