"""A text's sides: stretches of a clause led by their subject, as swaps.py reads a key's contrasts.

A side is a clause, or a stretch of one between "and", "or", "while", "but", commas and
semicolons, led by its subject: its first content word, or a word written in capitals
("WHERE"), with the words hyphened to it ("write-through"); a side that starts with "it" or
"they" is said of the subject it refers to (`referents`), one after a label of a note of that
label (`labelled`); an order of arrival is one word ("last in, first out": in_out_orders.py);
what a negation reaches is said negated ("takes no lock": "take" and NOT "lock"). Read of the
key by swaps.reference_contrasts and of answers by swaps.answer_sides, polarity.py and
turned_orders.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .clauses import Structure
from .denial_words import has_negation
from .in_out_orders import ORDERS, age_order, in_out_orders
from .labelled_notes import notes
from .opposed_sides import NOT
from .pronouns import opening_pronoun
from .text import DIRECTION_WORDS, Text
from .text.function_words import ARTICLES, STATEMENT_JOINS
from .verbs import COPULAS, is_verb

NO_SUBJECT = frozenset(
    "they it which that who whom whose this these those he she we you i its their there".split()
)
"""Words that, first in a stretch, leave it without a subject of its own."""
OPENERS = STATEMENT_JOINS | frozenset("so then thus hence also".split())
"""Words that may open a side before its subject ("so it has ...": no subject of its own)."""
SETTING_ASIDE_OPENERS = frozenset("unlike compared contrary versus vs".split())
"""Words that open a clause naming what the sentence's subject is set against ("Unlike GPT,
it reads both ways"): the clause has no subject of the sentence, and what it names is not what
a pronoun after it refers to."""


@dataclass(frozen=True)
class Side:
    """A stretch of text led by its subject."""

    first: int
    last: int
    subject: str
    """The stem of its subject."""
    said: frozenset[str]
    """The stems of its other content words."""
    name: tuple[int, int] | None = None
    """The first and last positions of its own subject's name (None for one referred to)."""
    head: str | None = None
    """The stem of the word right after its own subject ("locking" in "optimistic locking")."""


def _stretches(
    text: Text, first: int, last: int, inside: frozenset[int] = frozenset()
) -> Iterator[tuple[int, int]]:
    """The clause's stretches between STATEMENT_JOINS words, commas and semicolons; not inside an
    order of arrival (`inside`: "last in, first out" is one)."""
    start = first
    for i in range(first + 1, last + 1):
        if i in inside:
            continue
        gap = text.raw[text.spans[i - 1][1] : text.spans[i][0]]
        joined = text.words[i] in STATEMENT_JOINS
        if joined or "," in gap or ";" in gap:
            if i - 1 >= start:
                yield start, i - 1
            start = i + 1 if joined else i
    if start <= last:
        yield start, last


def written_in_capitals(text: Text, i: int) -> bool:
    """Whether the word at `i` is written in capitals, two letters or more ("FID", "GPU")."""
    start, end = text.spans[i]
    written = text.raw[start:end]
    return len(written) >= 2 and written.isupper() and written.isalpha()


def _hyphened(text: Text, i: int, last: int) -> int:
    """The last position of the name that starts at `i` and is written with hyphens
    ("write-through", "CPU-bound"): `i` itself when the word stands alone."""
    while i < last and text.raw[text.spans[i][1] : text.spans[i + 1][0]] == "-":
        i += 1
    return i


def _subject_at(text: Text, lead: int, last: int) -> tuple[str, int]:
    """The stem of the subject that starts at `lead`, and its last position: a name written
    with hyphens is one subject ("write-through" and "write-back" are two)."""
    end = _hyphened(text, lead, last)
    return "-".join(text.stems[lead : end + 1]), end


def _lead(text: Text, first: int, last: int) -> int:
    """The side's first position after the words that may open it ("so", "and", ...)."""
    while first < last and text.words[first] in OPENERS:
        first += 1
    return first


def referents(text: Text, structure: Structure) -> dict[int, str]:
    """Each clause that opens with "it" or "they" (at its `first` position), and the stem of the
    subject it refers to: its sentence's subject, or, when the sentence opens with it, the
    previous sentence's. "Optimistic locking takes no lock: it checks a version number at
    commit ...; it suits low contention" says all three of optimistic locking. A clause that
    opens with "unlike" (SETTING_ASIDE_OPENERS) names no subject, and what it sets aside is
    no referent: "GRPO is like PPO. Unlike PPO, it has no critic" says "no critic" of GRPO
    (the stem "unlik" had been the referent). A claim said
    through a pronoun is read by pronoun_claims.antecedent instead, which takes the noun
    phrase of the clause just before, when it is one (pronouns.py says how the grader's three
    readings of a pronoun differ, and why)."""
    content = set(text.content)
    found: dict[int, str] = {}
    previous: str | None = None
    for first, last in structure.units("sentence"):
        own: str | None = None
        set_aside: set[str] = set()  # "Unlike GPT, it ...": "it" is not GPT
        for a, b in structure.units("clause"):
            if a < first or b > last:
                continue
            pronoun = opening_pronoun(text.words, a, b + 1, OPENERS)
            if pronoun is not None:
                held = own or previous
                if held is not None and held not in set_aside:
                    found[pronoun] = held
                    own = own or held
                continue
            a = _lead(text, a, b)
            if text.words[a] in SETTING_ASIDE_OPENERS:
                named = [i for i in range(a + 1, b + 1) if i in content]
                if named:
                    set_aside.add(_subject_at(text, named[0], b)[0])
                continue
            if own is None and text.words[a] not in NO_SUBJECT:
                spoken = [
                    i for i in range(a, b + 1) if i in content or written_in_capitals(text, i)
                ]
                if spoken and text.stems[spoken[0]] not in DIRECTION_WORDS:
                    own = _subject_at(text, spoken[0], b)[0]
        previous = own or previous
    return found


def labelled(text: Text, structure: Structure) -> dict[int, str]:
    """In an answer of labelled notes ("BFS: queue, level by level. DFS: stack, deep first.",
    labelled_notes.py), each clause after a label (at its lead position) and the stem of its
    label's subject: what a note says is said of its label, which the structure reads as a
    clause of its own that says nothing (ref_keys43 b05 had not been read as swapped)."""
    if notes(text.raw) is None:
        return {}
    content = set(text.content)
    found: dict[int, str] = {}
    label: str | None = None
    sentence = -1
    for first, last in structure.units("clause"):
        if structure.sentences[first] != sentence:
            sentence, label = structure.sentences[first], None
        after = text.spans[last + 1][0] if last + 1 < len(text.words) else len(text.raw)
        spoken = [i for i in range(first, last + 1) if i in content or written_in_capitals(text, i)]
        if label is None and spoken and ":" in text.raw[text.spans[last][1] : after]:
            label = _subject_at(text, spoken[0], last)[0]
        elif label is not None:
            found[_lead(text, first, last)] = label
    return found


def sides(text: Text, structure: Structure, heads: frozenset[str] = frozenset()) -> list[Side]:
    """Each clause and, when it has several, each of its stretches, led by a subject: its own,
    or the one its opening "it" or "they" refers to (`referents`). What a negation reaches is
    said negated ("takes no lock": "take" and NOT "lock"). A word of `heads` right after the
    subject is part of its name, not of what the side says ("optimistic locking")."""
    content = set(text.content)
    held = referents(text, structure) | labelled(text, structure)
    # an order of arrival is one word ("last in, first out", "LIFO": in_out_orders.py)
    orders = in_out_orders(text)
    found: list[Side] = []
    before: Side | None = None  # the sentence's previous stretch, led by a subject
    for first, last in structure.units("clause"):
        stretches = list(_stretches(text, first, last, orders.inside))
        if before is not None and structure.sentences[before.first] != structure.sentences[first]:
            before = None
        for a, b in [(first, last), *(stretches if len(stretches) > 1 else [])]:
            a = _lead(text, a, b)  # "while HAVING filters groups": the side starts at its subject
            referred = held.get(a)
            if text.words[a] in NO_SUBJECT and referred is None:
                continue
            spoken = [
                i
                for i in range(a, b + 1)
                if (i in content or written_in_capitals(text, i) or i in orders.starts)
                and i not in orders.inside
            ]
            if not spoken:
                continue
            head, name = None, None
            if referred is None:
                if text.stems[spoken[0]] in DIRECTION_WORDS:
                    continue  # "low training error": what is low is no subject of a contrast
                subject, end = _subject_at(text, spoken[0], b)
                name = (spoken[0], end)
                spoken = [i for i in spoken if i > end]
                if spoken and spoken[0] == end + 1:
                    head = text.stems[end + 1]
                    if head in heads:
                        spoken = spoken[1:]
            else:
                subject = referred
            said = frozenset(
                NOT + orders.starts.get(i, text.stems[i])
                if structure.negated(i)
                else orders.starts.get(i, text.stems[i])
                for i in spoken
            )
            if not said & ORDERS and (order := age_order(text.words[a : b + 1])):
                said |= {order}  # "removes the oldest item first": an order of arrival
            whole = (a, b) == (first, last) and len(stretches) > 1
            if not said and before is not None and not whole:
                said = _elided(text, a, b, before, subject)
            # quoted with the whole of an order it names: "A stack is last in, first out"
            side = Side(a, orders.end(a, b), subject, said, name, head)
            if not whole:
                before = side
            found.append(side)
    return found


def _elided(text: Text, first: int, last: int, before: Side, subject: str) -> frozenset[str]:
    """What a stretch that says nothing but its subject and a verb's helper says, after a
    stretch of another subject: that one's words, turned when one of the two denies ("a tuple
    can be a dictionary key and a list cannot": the list is NOT a key); nothing otherwise."""
    if before.subject == subject or not before.said:
        return frozenset()
    denied = has_negation(text.words[first : last + 1])
    if denied == any(w.startswith(NOT) for w in before.said):
        return frozenset()  # "and so can a list", or both deny: not read
    return frozenset(w.removeprefix(NOT) if w.startswith(NOT) else NOT + w for w in before.said)


def holds_sides(text: Text, side: Side, found: list[Side]) -> bool:
    """Whether the side spans another side of a different subject, named as a clause's subject
    is: right after an article or first, and followed by a verb ("a tuple is immutable",
    "tuples can be modified"; not "guarantees ordered delivery"). "A list is mutable and a
    tuple is immutable" read whole is two sides, not one said of "list"."""
    for other in found:
        if (
            other.subject == side.subject
            or other.name is None
            or not (side.first <= other.first and other.last <= side.last)
            or (other.first, other.last) == (side.first, side.last)
            or other.name[1] >= other.last
        ):
            continue
        opening = range(other.first, other.name[0])
        after = other.name[1] + 1
        word = text.words[after]
        following = text.words[after + 1] if after < len(text.words) - 1 else ""
        if all(text.words[i] in ARTICLES for i in opening) and (
            word in COPULAS or is_verb(word, text.stems[after], text.words[after - 1], following)
        ):
            return True
    return False
