"""Reference mode's swapped subjects: what the answer key says of one thing, said of the other.

A bank without a rubric has no `about` to say which property belongs to which subject, so
"WHERE filters groups after aggregation; HAVING filters rows before grouping" shared every word
with the key "WHERE filters rows before grouping, while HAVING filters groups after
aggregation" and scored as well as the right answer. The key's own contrasts can still be read:

- a *side* of the key is a clause, or a stretch of one between "and", "or", "while", "but",
  commas and semicolons, led by its subject: its first content word, or a word written in
  capitals ("WHERE"), with the words hyphened to it ("write-through" and "write-back" are two
  subjects); a side that starts with "it" or "they" is said of its sentence's subject, or of
  the previous sentence's when the sentence starts with it ("Optimistic locking takes no lock:
  it checks a version number ...; it suits low contention"); one that starts with another
  pronoun ("which ...") has no subject and is not one (play28 B1);
- a word right after two of the key's subjects is the head of their names ("optimistic
  locking", "pessimistic locking"), not something a side says; what a negation reaches is said
  negated ("takes no lock": "take", and NOT "lock"), so "takes a lock" / "takes no lock" tell
  two sides apart as "mutable" / "immutable" do;
- an order of arrival is one word ("last in, first out", "FIFO", or said by the age of what
  leaves: "removes the oldest first"), one of two that are opposed (in_out_orders.py): "a
  stack is last in, first out; a queue is first in, first out" contrasts by its orders, where
  the words "first" and "last" told the queue's side apart by nothing (ref_swaps42);
- a *contrast* is two sides with different subjects that share at least one other word, or say
  one word and its negation ("mutable" / "immutable", "reliable" / "unreliable", "connection" /
  "connectionless"): they say the same kind of thing ("filters", "memory", "delivery"); and
  each says at least one word the other does not (what tells them apart: "rows", "groups");
  direction words do not tell sides apart here: "low training error, high validation error"
  said the other way round is reversals.py's, one wrong claim and not also a swap; nor does a
  word the key says of the other subject in any of its sides ("changed the row", said of both
  kinds of locking);
- an answer *swaps* a contrast when it has a side led by the second subject that says at least
  half of what tells the first side apart and nothing of the second's, and the same the other
  way round, and never says either the key's way.

Both halves are needed: one side said of the other subject alone is too often a side remark.
Measured with a prototype before this module was written: one side alone flagged 155 of 1,858
correct genai answers graded against their references alone, and 70 of 8,283 correct
SemEval-2013 and Mohler answers; both halves flag none of either, and 181 of 198 genai
references with the subjects of a contrast exchanged (benchmarks/reversals.py). A negation
inside a side is part of what it says, and is not read. Each swap is a
`Contradiction` quoting the candidate's two stretches, and the score is capped
(reference_scoring.CAP).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from .clauses import Structure
from .denial_words import has_negation
from .in_out_orders import ORDERS, age_order, in_out_orders
from .labelled_notes import notes
from .matching import Answer
from .opposed_sides import NOT, opposed
from .result import Contradiction
from .subject_initials import read_by_initials
from .text import DIRECTION_WORDS, Text
from .verbs import COPULAS, is_verb

SAID_SHARE = 0.5
"""An answer side says what tells a side of the key apart when it has at least this share of
those words (and at least one)."""
NO_SUBJECT = frozenset(
    "they it which that who whom whose this these those he she we you i its their there".split()
)
"""Words that, first in a stretch, leave it without a subject of its own."""
JOINS = frozenset("and or while whereas but".split())
"""Words between two sides of one clause."""
OPENERS = JOINS | frozenset("so then thus hence also".split())
"""Words that may open a side before its subject ("so it has ...": no subject of its own)."""
PRONOUNS = frozenset("it they".split())
"""Words that, first in a stretch, refer to a subject named before (`referents`)."""
MAX_SIDES = 40
"""A key of more sides than this is not read for contrasts (pairs grow with the square)."""


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


@dataclass(frozen=True)
class Contrast:
    """Two sides of the key that say different things of two subjects."""

    subjects: tuple[str, str]
    """Their stems."""
    apart: tuple[frozenset[str], frozenset[str]]
    """What only the first says, and what only the second says (without the other subject)."""
    quotes: tuple[str, str]
    """The key's own words for each side."""
    names: tuple[str, str]
    """The subjects as the key writes them."""
    heads: frozenset[str] = frozenset()
    """The stems of the key's names' heads ("lock" of "optimistic locking")."""


def _stretches(
    text: Text, first: int, last: int, inside: frozenset[int] = frozenset()
) -> Iterator[tuple[int, int]]:
    """The clause's stretches between JOINS words, commas and semicolons; not inside an order
    of arrival (`inside`: "last in, first out" is one)."""
    start = first
    for i in range(first + 1, last + 1):
        if i in inside:
            continue
        gap = text.raw[text.spans[i - 1][1] : text.spans[i][0]]
        joined = text.words[i] in JOINS
        if joined or "," in gap or ";" in gap:
            if i - 1 >= start:
                yield start, i - 1
            start = i + 1 if joined else i
    if start <= last:
        yield start, last


def _capitals(text: Text, i: int) -> bool:
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
    commit ...; it suits low contention" says all three of optimistic locking."""
    content = set(text.content)
    found: dict[int, str] = {}
    previous: str | None = None
    for first, last in structure.units("sentence"):
        own: str | None = None
        for a, b in structure.units("clause"):
            if a < first or b > last:
                continue
            a = _lead(text, a, b)
            if text.words[a] in PRONOUNS:
                held = own or previous
                if held is not None:
                    found[a] = held
                    own = own or held
                continue
            if own is None and text.words[a] not in NO_SUBJECT:
                spoken = [i for i in range(a, b + 1) if i in content or _capitals(text, i)]
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
        spoken = [i for i in range(first, last + 1) if i in content or _capitals(text, i)]
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
                if (i in content or _capitals(text, i) or i in orders.starts)
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


def reference_contrasts(reference: Text) -> list[Contrast]:
    """The contrasts of one reference answer, read with the bank's thesaurus."""
    structure = Structure.of(reference)
    found = sides(reference, structure)
    named: dict[str, set[str]] = {}
    for side in found:
        if side.head is not None:
            named.setdefault(side.head, set()).add(side.subject)
    # a word right after two subjects is the head of their names ("optimistic locking",
    # "pessimistic locking"): it tells neither apart
    heads = frozenset(h for h, subjects in named.items() if len(subjects) > 1)
    if heads:
        found = sides(reference, structure, heads)
    if len(found) > MAX_SIDES:
        return []
    # a clause that holds two sides ("a list is mutable and a tuple is immutable") says both
    # sides' words of its first subject: its stretches are the sides, not the clause (play29 F4)
    found = [s for s in found if not holds_sides(reference, s, found)]
    said_of: dict[str, set[str]] = {}
    for side in found:
        said_of.setdefault(side.subject, set()).update(side.said)
    contrasts: dict[tuple, Contrast] = {}
    for one, two in combinations(found, 2):
        a, b = one.subject, two.subject
        # two kinds of one thing ("breadth-first search", "depth-first search": a head after
        # both subjects) are contrasted by naming them, whatever each side says, one said of
        # either by "it" too ("uses a
        # queue" / "uses a stack" share no content word): ref_keys43 had passed them swapped
        kinds = any({a, b} <= named[head] for head in heads)
        if a == b or not (one.said & two.said or opposed(one.said, two.said) or kinds):
            continue
        # direction words are reversals.py's: "low training error, high validation error"
        # said the other way round is one reversal, not also a swap of two subjects
        # what tells a side apart is what the key never says of the other subject: "changed
        # the row", said of both kinds of locking in other clauses, tells neither apart
        apart = (
            frozenset(w for w in one.said if w != b and _told(w, said_of[b])),
            frozenset(w for w in two.said if w != a and _told(w, said_of[a])),
        )
        if not apart[0] or not apart[1]:
            continue
        key = (a, b, *apart)
        if key not in contrasts:
            contrasts[key] = Contrast(
                (a, b),
                apart,
                (reference.quote(one.first, one.last), reference.quote(two.first, two.last)),
                (_subject_word(reference, one), _subject_word(reference, two)),
                heads,
            )
    return list(contrasts.values())


ARTICLES = frozenset("a an the".split())


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


def _told(word: str, other: set[str]) -> bool:
    """Whether a word of a side may tell it apart from what the key says of the other subject
    (`other`): not said there, and not a direction word ("low training error, high validation
    error" said the other way round is reversals.py's), negated or not."""
    return word not in other and word.removeprefix(NOT) not in DIRECTION_WORDS


def _subject_word(text: Text, side: Side) -> str:
    """The subject as the text writes it ("Optimistic", "Write-through")."""
    if side.name is None:
        return side.subject
    return text.raw[text.spans[side.name[0]][0] : text.spans[side.name[1]][1]]


def says(
    found: list[Side], subject: str, apart: frozenset[str], other: frozenset[str]
) -> Side | None:
    """The first side led by `subject` that says what `apart` holds and nothing of `other`."""
    for side in found:
        if side.subject != subject or side.said & other:
            continue
        # a word said negated counts when said, not in the share asked for: "UDP is
        # connectionless" says what tells "UDP is connectionless and gives no delivery
        # guarantee" apart
        plain = [w for w in apart if not w.startswith(NOT)]
        if len(side.said & apart) >= max(1.0, SAID_SHARE * len(plain)):
            return side
    return None


def answer_sides(contrasts: list[Contrast], parsed: Answer) -> list[Side]:
    """The answer's sides that are not set aside, read with the key's heads, a side's subject
    named by its initials read as the key's (subject_initials.py)."""
    text, structure = parsed.text, parsed.structure
    heads = frozenset(h for c in contrasts for h in c.heads)
    found = [s for s in sides(text, structure, heads) if not structure.dismissed([s.first])]
    found = [s for s in found if not holds_sides(text, s, found)]
    return read_by_initials(found, {s for c in contrasts for s in c.subjects}, heads)


def swapped(contrasts: list[Contrast], parsed: Answer) -> list[Contradiction]:
    """The key's contrasts that the answer says with their subjects swapped, and never the
    key's way."""
    if not contrasts:
        return []
    text = parsed.text
    found = answer_sides(contrasts, parsed)
    wrong: list[Contradiction] = []
    seen: set[frozenset[str]] = set()
    for contrast in contrasts:
        a, b = contrast.subjects
        if frozenset((a, b)) in seen:
            continue  # one swap of two subjects is told once
        one, two = contrast.apart
        said_of_b = says(found, b, one, two)
        said_of_a = says(found, a, two, one) if said_of_b else None
        if said_of_b is None or said_of_a is None:
            continue
        if says(found, a, one, two) or says(found, b, two, one):
            continue  # said the key's way somewhere too
        seen.add(frozenset((a, b)))
        first, second = contrast.names
        wrong.append(
            Contradiction(
                concept=f"{first} and {second} (swapped)",
                evidence=(
                    text.evidence(said_of_b.first, said_of_b.last),
                    text.evidence(said_of_a.first, said_of_a.last),
                ),
                detail=f"the answer key says “{contrast.quotes[0]}” and “{contrast.quotes[1]}”",
            )
        )
    return wrong
