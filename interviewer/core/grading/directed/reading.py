"""The directions a text says plainly, each of one thing (`directions`): where the direction
stands, what it is said of, what it is said about, and the guards that make it no plain
statement (a negation, a condition, a hypothetical, a comparison)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..clauses import Structure
from ..denial_words import CONTRASTS, NEGATIONS, REMOVALS
from ..key_terms import NAMING_DIRECTIONS
from ..reversals import COMPARING, CONDITIONS, INVERTING, REASONS
from ..text import DIRECTION_WORDS, STOP_WORDS, Text, cached_stem
from ..text.function_words import DETERMINERS as SHARED_DETERMINERS
from ..unit_spans import unit_end, unit_start
from .axes import PHRASAL, SIGNS

DETERMINERS = SHARED_DETERMINERS | frozenset(("any",))
"""Words that may stand between a direction and what it is said of ("reduces the load", "reduces
any load"): the shared determiners and "any"; "that" was never read here."""
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
comparison (reversals/ reads those), a hypothetical ("otherwise latency would be higher"),
a thing avoided ("to avoid higher latency")."""
JOINS = frozenset("and or so".split())
"""Words between two stretches of a clause ("so latency is higher": a consequence)."""


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
        elif (sign := SIGNS.get(word_stem)) is not None:
            found[i] = sign
    return found, frozenset(verbs)


def _any_direction(text: Text, i: int) -> bool:
    """Whether the word says a direction: "overfitting" and "encoder" name things."""
    word_stem = cached_stem(text.words[i])
    return (
        word_stem in SIGNS
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
        start, end = unit_start(structure.segments, at), unit_end(structure.segments, at)
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
            continue  # "water is less dense than oil": a comparison is reversals/'s
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
            start = unit_start(structure.sentences, at)
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
