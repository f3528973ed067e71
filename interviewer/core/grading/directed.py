"""Reference mode's directions said of one thing: "lowers latency" said as "raises latency".

reversals.py reads a clause of the answer key as one claim, its direction words together, and
needs two words besides them to recognise it: "which lowers latency and reduces load on the
origin server" turned to "which raises latency" (play23 F2) had one such word, and "raises"
was no direction word (it names no opposite of "lowers" in text.DIRECTION_WORDS, whose pairs
are a comparison's two ends, used in rubric mode too). Here a direction is read with the one
thing it is said of:

- a *direction* is a verb of change or a comparative on an axis (AXES): up or down in amount
  ("raises", "increases", "more", "higher" / "lowers", "reduces", "fewer", "smaller"), in speed
  ("faster" / "slower") or in quality ("improves", "better" / "worse", "degrades"); an
  adjective's plain degree ("high latency") says a state, not a change, and is not one;
- it is said *of* the head (last word) of the run of content words right after it ("lowers
  network latency", "more load"), else of the run right before it and its copula ("latency is
  higher", "latency increases");
- a statement of the key is a direction said of a thing in a stretch of a clause (between
  "and", "or", "so", commas and the words of a reason) that holds no other direction word, in a
  segment with no negation, condition, hypothetical ("would", "otherwise") or avoidance ("to
  avoid") before it, and no comparison ("than") at all: what is said there is said plainly,
  one way (comparisons are reversals.py's, which knows their two sides);
- it is said *about* the stretch's own content words before it ("cold water is more dense"),
  or, when it has none, its segment's ("a CDN caches content ..., which raises latency");
- an answer *turns it around* when a stretch of it with the same guards says the opposite
  direction of the same thing about the key's subject (its first word there) or two of its
  words: "a CDN ..., which raises latency" does, "requests sent to the origin see higher
  latency" does not; and nowhere says the key's direction of that thing. Where the key says
  both directions of one thing of two subjects ("the water on the floor had a larger surface
  area; the water in the cup a smaller one"), the answer must also name a word of the one
  subject that the other lacks, and none of the other's.

Each is a `Contradiction` as reversals.py makes; reference_scoring caps it as those. The axes
are the grader's words for up and down, not this bank's: benchmarks/reversals.py and
benchmarks/false_flags.py measure what they flag.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .clauses import Structure
from .denial_words import CONTRASTS, NEGATIONS, REMOVALS
from .key_terms import NAMING_DIRECTIONS
from .matching import Answer
from .result import Contradiction
from .reversals import COMPARING, CONDITIONS, INVERTING, REASONS
from .text import DIRECTION_WORDS, STOP_WORDS, Text, cached_stem


def _forms(verb: str) -> list[str]:
    """The verb's forms: "reduce" -> reduce, reduces, reduced, reducing."""
    base = verb[:-1] if verb.endswith("e") else verb
    return [verb, verb + "s", base + "ed", base + "ing"]


def _axis(*words: str, verbs: str = "") -> frozenset[str]:
    return frozenset(
        cached_stem(w) for w in (*words, *(f for v in verbs.split() for f in _forms(v)))
    )


AXES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "amount": (
        _axis(
            "more",
            "higher",
            "greater",
            "larger",
            "bigger",
            "rose",
            "risen",
            "grew",
            "grown",
            verbs="increase raise rise boost grow maximize maximise",
        ),
        _axis(
            "less",
            "lower",
            "fewer",
            "smaller",
            "shrank",
            "shrunk",
            verbs="lower decrease reduce lessen shrink diminish minimize minimise",
        ),
    ),
    "speed": (_axis("faster", "quicker", verbs="accelerate"), _axis("slower")),
    "quality": (_axis("better", verbs="improve"), _axis("worse", verbs="worsen degrade")),
}
"""Each axis: the stems of its words up, and down."""
_SIGNS: dict[str, tuple[str, int]] = {
    s: (axis, sign)
    for axis, ends in AXES.items()
    for sign, end in zip((1, -1), ends, strict=True)
    for s in end
}
DETERMINERS = frozenset("the a an its their our your his her this these those any".split())
"""Words that may stand between a direction and what it is said of ("reduces the load")."""
COPULAS = frozenset(
    "is are was were be been being become becomes became get gets got getting stay stays "
    "remain remains".split()
)
"""Verbs between a thing and the direction said of it ("latency is higher")."""
DEGREES = frozenset("much far even slightly somewhat significantly considerably a bit lot".split())
"""Words that say how much, between a copula and its direction ("is slightly faster")."""
SUPPOSED = (
    CONDITIONS
    | COMPARING
    | REMOVALS
    | frozenset(
        "would could might otherwise else instead prevent prevents preventing prevented stop "
        "stops stopping stopped".split()
    )
)
"""Words before a direction in its segment that make it no plain statement: a condition, a
comparison (reversals.py reads those), a hypothetical ("otherwise latency would be higher"),
a thing avoided ("to avoid higher latency")."""
JOINS = frozenset("and or so".split())
"""Words between two stretches of a clause ("so latency is higher": a consequence)."""
MIN_SHARED = 2
"""An answer's segment is about what the key's is when it says the key's subject there, or at
least this many of the key's content words before the direction."""


@dataclass(frozen=True)
class Directed:
    """A direction said of one thing, in a stretch of a text."""

    axis: str
    sign: int
    """+1 up, -1 down."""
    thing: str
    """The stem of what it is said of."""
    before: tuple[str, ...]
    """The stems of the content words before the direction in its segment (what it is said
    of, in order), without the thing itself."""
    first: int
    last: int
    """The words quoted for it: from the direction or its thing, whichever comes first, to the
    end of its stretch ("latency is higher", "reduces load on the origin server")."""


@dataclass(frozen=True)
class KeyDirection:
    """A direction the answer key states."""

    text: str
    """The key's own words: its stretch."""
    said: Directed


def _direction(word: str) -> tuple[str, int] | None:
    return _SIGNS.get(cached_stem(word))


def _any_direction(text: Text, i: int) -> bool:
    """Whether the word says a direction: "overfitting" and "encoder" name things."""
    word_stem = cached_stem(text.words[i])
    return (
        word_stem in _SIGNS
        or (word_stem in DIRECTION_WORDS and word_stem not in NAMING_DIRECTIONS)
        or text.words[i] in INVERTING
    )


def _stretches(text: Text, structure: Structure) -> Iterator[tuple[int, int]]:
    """Each clause's stretches between "and", "or", "so", commas and the words of a reason."""
    for first, last in structure.units("clause"):
        start = first
        for i in range(first + 1, last + 1):
            word = text.words[i]
            if word in JOINS or word in REASONS:
                if i - 1 >= start:
                    yield start, i - 1
                start = i + 1
        if start <= last:
            yield start, last


def _content(text: Text, i: int) -> bool:
    return text.words[i] not in STOP_WORDS and not _any_direction(text, i)


def _thing(text: Text, at: int, first: int, last: int) -> int | None:
    """The position of what the direction at `at` is said of, within first..last."""
    j = at + 1
    while j <= last and text.words[j] in DETERMINERS:
        j += 1
    if j <= last and _content(text, j):
        while j + 1 <= last and _content(text, j + 1):
            j += 1
        return j  # "lowers network latency": its head, the run's last word
    j = at - 1
    while j >= first and (text.words[j] in DEGREES or text.words[j].endswith("ly")):
        j -= 1
    while j >= first and text.words[j] in COPULAS:
        j -= 1
    if j >= first and _content(text, j):
        return j  # "latency is higher", "latency increases"
    return None


def _before(text: Text, start: int, at: int, thing: int) -> tuple[str, ...]:
    return tuple(
        text.stems[i]
        for i in range(start, at)
        if i != thing and _content(text, i) and text.words[i] not in CONTRASTS
    )


def directions(text: Text, structure: Structure) -> list[Directed]:
    """The directions a text says plainly, each of one thing."""
    found: list[Directed] = []
    for first, last in _stretches(text, structure):
        said = [i for i in range(first, last + 1) if _any_direction(text, i)]
        if len(said) != 1 or (sign := _direction(text.words[said[0]])) is None:
            continue
        at = said[0]
        thing = _thing(text, at, first, last)
        if thing is None:
            continue
        segment = structure.segments[at]
        start, end = at, at
        while start > 0 and structure.segments[start - 1] == segment:
            start -= 1
        while end + 1 < len(text.words) and structure.segments[end + 1] == segment:
            end += 1
        lead = range(start, max(at, thing) + 1)
        if any(text.words[i] in NEGATIONS or text.words[i] in SUPPOSED for i in lead):
            continue
        if any(text.words[i] in COMPARING for i in range(start, end + 1)):
            continue  # "water is less dense than oil": a comparison is reversals.py's
        if any(structure.negated(i) for i in lead) or structure.dismissed([at]):
            continue
        # what it is said of: the stretch's own words before it ("cold water is more dense"),
        # else its segment's ("a CDN caches content ..., which raises latency")
        own = _before(text, first, at, thing)
        before = own or _before(text, start, at, thing)
        found.append(Directed(*sign, text.stems[thing], before, min(at, thing), last))
    return found


def reference_directions(reference: Text) -> list[KeyDirection]:
    """The directions a reference states plainly, each of one thing."""
    return [
        KeyDirection(reference.quote(d.first, d.last), d)
        for d in directions(reference, Structure.of(reference))
    ]


def _about(key: Directed, said: Directed, others: list[Directed]) -> bool:
    """Whether the answer's statement is said of what the key's is: the key's subject (its
    first word before the direction), or MIN_SHARED of its words; and where the key says the
    other direction of the same thing of another subject (`others`: "the water on the floor
    had a larger surface area; the water in the cup a smaller one"), a word of this one's
    subject that the other's lacks, and none of the other's that this one lacks."""
    if not key.before:
        return False
    shared = set(key.before) & set(said.before)
    if key.before[0] not in shared and len(shared) < MIN_SHARED:
        return False
    for other in others:
        mine, theirs = set(key.before) - set(other.before), set(other.before) - set(key.before)
        if not mine & set(said.before) or theirs & set(said.before):
            return False
    return True


@dataclass(frozen=True)
class DirectionReadings:
    """How an answer says the directions of a reference."""

    turned: list[Contradiction]
    """The directions it says the other way round, and never the key's way."""
    right: int
    """How many it says the key's way."""


def directions_turned(keys: list[KeyDirection], parsed: Answer) -> DirectionReadings:
    """The key's directions that the answer says the other way round of the same thing, and
    never the key's way, and how many it says the key's way."""
    if not keys:
        return DirectionReadings([], 0)
    text = parsed.text
    said = directions(text, parsed.structure)
    found: list[Contradiction] = []
    right = 0
    for key in keys:
        k = key.said
        others = [
            o.said
            for o in keys
            if o.said.axis == k.axis and o.said.thing == k.thing and o.said.sign != k.sign
        ]
        same = [d for d in said if d.axis == k.axis and d.thing == k.thing]
        if any(d.sign == k.sign for d in same):
            # said the key's way somewhere: what is said the other way is an aside; a point
            # right only where said of the key's subject
            right += any(d.sign == k.sign and _about(k, d, others) for d in same)
            continue
        wrong = [d for d in same if _about(k, d, others)]
        if wrong:
            quote = text.evidence(wrong[0].first, wrong[0].last)
            found.append(
                Contradiction(
                    concept=f"{key.text} (said the other way round)",
                    evidence=(quote,),
                    detail=f"the answer key says it the other way round: “{key.text}”",
                )
            )
    return DirectionReadings(found, right)
