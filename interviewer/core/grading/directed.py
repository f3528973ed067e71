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
- "speeds up" and "slows down" are directions on the speed axis too (PHRASAL): "speeds"
  alone may name a quantity, and "slow" alone a state;
- a statement of the key is a direction said of a thing in a stretch of a clause (between
  "and", "or", "so", commas and the words of a reason) that holds no other direction of an
  axis, in a segment with no negation, condition, hypothetical ("would", "otherwise") or
  avoidance ("to avoid") before it, and no comparison ("than") at all: what is said there is
  said plainly, one way (comparisons are reversals.py's, which knows their two sides);
- the stretch's other direction words are plain degrees ("fast", "high", "longer"). Before the
  direction they qualify what it is said of ("a high temperature makes the output more
  random"): an answer must say each of them, one way or the other, and none the key does not,
  and each said the other way turns the statement once more ("a low temperature makes it less
  random" is the same claim). After it they say how or where ("lowers latency by serving
  requests from fast memory"): the claim is the direction of its thing whatever they say,
  unless the answer says one of them the other way ("raises latency for small files" for
  "lowers latency for large files" may be true as well), which is then no reading (play27
  B1: "fast memory" had kept the key's "lowers latency" from being read at all);
- it is said *about* the stretch's own content words before it ("cold water is more dense"),
  or, when it has none, its segment's ("a CDN caches content ..., which raises latency"), or,
  when that has none either and the direction is a comparative right after its thing with no
  verb (an elliptical predicate: not a noun phrase such as "fewer RAG chunks", nor a clause of
  its own such as "that memory grows"), its sentence's: "An index makes lookups slower but
  writes faster" says "writes faster" of the index;
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
PHRASAL: dict[tuple[str, str], tuple[str, int]] = {
    **{(cached_stem(f), "up"): ("speed", 1) for f in _forms("speed")},
    **{(cached_stem(f), "down"): ("speed", -1) for f in _forms("slow")},
}
"""(verb stem, particle) -> (axis, sign): "speeds up", "slowing down". The direction stands at
the particle, so that what follows it is what it is said of ("speeds up reads")."""
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
    degrees: frozenset[str]
    """The stems of the stretch's other direction words before the direction: they qualify
    what it is said of ("a high temperature makes ...")."""
    after: frozenset[str]
    """Those after it: how or where ("... from fast memory")."""
    first: int
    last: int
    """The words quoted for it: from the direction or its thing, whichever comes first, to the
    end of its stretch ("latency is higher", "reduces load on the origin server")."""
    context: tuple[str, ...] = ()
    """The stems of the content words before the direction in its whole segment: what an
    answer's statement may be said about when its own stretch names it elsewhere ("Keeping
    recent results in memory ... puts more load on the database")."""


@dataclass(frozen=True)
class KeyDirection:
    """A direction the answer key states."""

    text: str
    """The key's own words: its stretch."""
    said: Directed


def _signs(text: Text) -> tuple[dict[int, tuple[str, int]], frozenset[int]]:
    """The positions of the text's directions on an axis, each with (axis, sign), and the
    positions of the verbs of PHRASAL directions ("speeds" in "speeds up"), which say none on
    their own."""
    found: dict[int, tuple[str, int]] = {}
    verbs: set[int] = set()
    words, stems = text.words, text.stems
    for i, word_stem in enumerate(stems):
        if i and (phrasal := PHRASAL.get((stems[i - 1], words[i]))) is not None:
            found[i] = phrasal
            verbs.add(i - 1)
            found.pop(i - 1, None)
        elif (sign := _SIGNS.get(word_stem)) is not None:
            found[i] = sign
    return found, frozenset(verbs)


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


def _before(
    text: Text, start: int, at: int, thing: int, verbs: frozenset[int] = frozenset()
) -> tuple[str, ...]:
    return tuple(
        text.stems[i]
        for i in range(start, at)
        if i != thing
        and i not in verbs
        and _content(text, i)
        and text.words[i] not in CONTRASTS
        and text.words[i] not in COPULAS  # "reads get faster": "get" names nothing
    )


COMPARATIVES = frozenset(
    "more less fewer higher lower greater larger bigger smaller faster quicker slower better "
    "worse".split()
)
"""The directions that are no verbs: "writes faster" with no verb says what its sentence's
verb does ("makes lookups slower but writes faster")."""


def _elliptical(text: Text, thing: int, at: int) -> bool:
    """Whether the direction at `at` is a comparative right after its thing, with no verb:
    "(makes) writes faster"."""
    return thing == at - 1 and text.words[at] in COMPARATIVES


def directions(text: Text, structure: Structure) -> list[Directed]:
    """The directions a text says plainly, each of one thing."""
    found: list[Directed] = []
    signs, verbs = _signs(text)
    for first, last in _stretches(text, structure):
        said = [i for i in range(first, last + 1) if i in signs]
        if len(said) != 1:
            continue
        at = said[0]
        sign = signs[at]
        degrees = [
            i
            for i in range(first, last + 1)
            if i != at and i not in verbs and _any_direction(text, i)
        ]
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
        clause = _clause_start(structure, at)
        # a negation's reach is its clause ("lets the database find rows without scanning the
        # whole table, so reads get faster" says "reads get faster" plainly: play29 F6), unless
        # it opens the segment ("Without a cache, latency is higher": a condition); a
        # condition or a hypothetical holds the segment
        reach = [i for i in lead if i >= clause or i == start]
        if any(text.words[i] in SUPPOSED for i in lead) or any(
            text.words[i] in NEGATIONS for i in reach
        ):
            continue
        if any(text.words[i] in COMPARING for i in range(start, end + 1)):
            continue  # "water is less dense than oil": a comparison is reversals.py's
        if any(structure.negated(i) for i in reach) or structure.dismissed([at]):
            continue
        # what it is said of: the stretch's own words before it ("cold water is more dense"),
        # else its segment's ("a CDN caches content ..., which raises latency")
        own = _before(text, first, at, thing, verbs)
        before = own or _before(text, start, at, thing, verbs)
        if not before and _elliptical(text, thing, at):
            # an elliptical clause says it of its sentence's subject: "An index makes lookups
            # slower but writes faster"; a noun phrase ("for much lower activation memory",
            # "fewer RAG chunks") or a clause of its own ("that memory grows") does not
            sentence = structure.sentences[at]
            while start > 0 and structure.sentences[start - 1] == sentence:
                start -= 1
            before = _before(text, start, at, thing, verbs)
        opening = at - 1 if at - 1 in verbs else at  # "speeds up reads", not "up reads"
        context = _before(text, start, at, thing, verbs)
        things = [thing, *_joined(text, first, thing, at)]
        for one in things:
            found.append(
                Directed(
                    *sign,
                    text.stems[one],
                    before,
                    frozenset(text.stems[i] for i in degrees if i < at),
                    frozenset(text.stems[i] for i in degrees if i > at),
                    min(opening, thing),
                    last,
                    context,
                )
            )
    return found


def _clause_start(structure: Structure, at: int) -> int:
    """The first position of the clause holding `at`."""
    for first, last in structure.units("clause"):
        if first <= at <= last:
            return first
    return 0


def _joined(text: Text, first: int, thing: int, at: int) -> list[int]:
    """The things joined to the direction's thing by "and" / "or" that it is said of too:
    "reads and lookups get faster" says "faster" of reads as well. Only a thing before its
    direction, at its stretch's start, with one to two content words and nothing else between
    the joining word and the one before it: "reads"."""
    if not thing < at or thing != first or first < 2 or text.words[first - 1] not in ("and", "or"):
        return []
    j = first - 2
    if not _content(text, j):
        return []
    if j - 1 >= 0 and _content(text, j - 1) and j - 2 >= 0 and _content(text, j - 2):
        return []
    return [j]


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
    shared = set(key.before) & (set(said.before) | set(said.context))
    if key.before[0] not in shared and len(shared) < MIN_SHARED:
        return False
    for other in others:
        mine, theirs = set(key.before) - set(other.before), set(other.before) - set(key.before)
        if not mine & set(said.before) or theirs & set(said.before):
            return False
    return True


def _opposed(stem: str, said: frozenset[str]) -> bool:
    return any(o in said for o in DIRECTION_WORDS.get(stem, ()))


def _sign(key: Directed, said: Directed) -> int | None:
    """The sign the answer's statement gives the key's thing, read with the degrees that
    qualify it (a qualifier said the other way turns it once more); None when the two do not
    say it of the same kind of thing (a qualifier of one not said by the other) or the answer
    says how or where the other way round."""
    turns = 0
    for degree in key.degrees:
        if degree in said.degrees:
            continue
        if not _opposed(degree, said.degrees):
            return None
        turns += 1
    if any(not _opposed(d, key.degrees) and d not in key.degrees for d in said.degrees):
        return None
    if any(_opposed(d, said.after) for d in key.after):
        return None
    return said.sign * (-1) ** turns


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
        same = [
            (d, sign)
            for d in said
            if d.axis == k.axis and d.thing == k.thing and (sign := _sign(k, d)) is not None
        ]
        if any(sign == k.sign for _, sign in same):
            # said the key's way somewhere: what is said the other way is an aside; a point
            # right only where said of the key's subject
            right += any(sign == k.sign and _about(k, d, others) for d, sign in same)
            continue
        wrong = [d for d, _ in same if _about(k, d, others)]
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
