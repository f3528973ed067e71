"""Reference mode's wrong claims: what an answer says of the key the other way round (turned
around, denied, directed or changed backwards, its "only one" said as many), takes back, says
with the key's two subjects swapped or two of its terms' roles exchanged, or lists where the
key's list holds other items; and the caps they put on the score."""

from __future__ import annotations

from dataclasses import dataclass

from ..changes import changes_backwards
from ..conversions import backwards
from ..directed import directions_turned
from ..exact import read_exact
from ..exact.only_one import many_for_one
from ..exchanged import exchanged, governed
from ..listed import ListReading
from ..matching import Answer
from ..polarity import denials_turned
from ..prepared import PreparedQuestion
from ..result import Contradiction, ScorePart
from ..retractions import retraction
from ..retractions import taken_back as retracted
from ..reversals import turned_around
from ..swaps import swapped
from ..taken_given import roles_reversed
from ..too_degrees import degrees_turned, outcomes_swapped
from ..turned_orders import orders_turned
from .caps import CAP, OFF_TOPIC_CAP, cap_score


@dataclass(frozen=True)
class WrongClaims:
    """What an answer says wrong against one reference, each with its evidence."""

    turned: list[Contradiction]
    """The key's claims said the other way round, its counts said as other numbers and its
    formulas as others (exact/)."""
    right: bool
    """Whether it says some of the key's claims the right way round besides."""
    counted: bool
    """Whether it says one of the key's counts right ("seven layers" for "7 layers")."""
    stated: bool
    """Whether it states all the key states exactly (its counts, formulas, orders: exact/)."""
    stated_as: tuple[str, ...]
    """What of the answer states them, as written (exact.ExactReading.said)."""
    asked_exactly: bool
    """Whether the question asks for what the key states exactly (KeyFacts.asks_exactly)."""
    taken_back: Contradiction | None
    """The retraction ("... lol jk it is the opposite"), if any."""
    swaps: list[Contradiction]
    """The key's contrast said with its two subjects swapped."""
    exchanges: list[Contradiction]
    """Two of the key's terms given each other's verbs (read only when nothing is swapped)."""
    unlisted: list[Contradiction]
    """The items of a list that are none of the key's, when they make half of it or more."""
    listed_right: bool
    """Whether that list names some of the key's items too."""


def wrong_claims(
    prepared: PreparedQuestion,
    index: int,
    written: Answer,
    flags: list[str],
    listing: ListReading | None,
) -> WrongClaims:
    """The wrong claims of an answer (as written) against reference `index`."""
    turned: list[Contradiction] = []
    right = 0
    if index < len(prepared.reference_claims):
        readings = turned_around(prepared.reference_claims[index], written)
        turned = readings.turned
        right = readings.right
        if index < len(prepared.reference_sides):
            said_text, said_sides, heads = prepared.reference_sides[index]
            quoted = [c.evidence[0] for c in turned]
            turned += [
                c
                for c in denials_turned(said_sides, said_text, written, heads)
                if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
            ]
        if index < len(prepared.reference_directions):
            directed = directions_turned(prepared.reference_directions[index], written)
            right += directed.right
            quoted = [c.evidence[0] for c in turned]
            turned += [
                c
                for c in directed.turned
                if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
            ]
        if index < len(prepared.reference_changes):
            quoted = [c.evidence[0] for c in turned]
            turned += [
                c
                for c in changes_backwards(prepared.reference_changes[index], written)
                if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
            ]
    if index < len(prepared.reference_conversions):
        # what becomes what, said backwards ("produces carbon dioxide from glucose")
        quoted = [c.evidence[0] for c in turned]
        turned += [
            c
            for c in backwards(prepared.reference_conversions[index], written.text.raw)
            if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
        ]
    if index < len(prepared.reference_sides):
        # the key's "only one thread" said as "many threads" (exact/only_one.py)
        key_raw = prepared.reference_sides[index][0].raw
        quoted = [c.evidence[0] for c in turned]
        turned += [
            c
            for c in many_for_one(key_raw, written.text.raw)
            if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
        ]
        # the key's "too complex" said as "too simple", the outcomes of its "too large" and
        # "too small" exchanged (too_degrees.py)
        quoted = [c.evidence[0] for c in turned]
        turned += [
            c
            for c in degrees_turned(key_raw, written.text, written.structure)
            + outcomes_swapped(key_raw, written.text, written.structure)
            if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
        ]
    counted = 0
    stated = False
    stated_as: tuple[str, ...] = ()
    asked_exactly = False
    if index < len(prepared.reference_facts):
        exact = read_exact(prepared.reference_facts[index], written.text.raw)
        quoted = [c.evidence[0] for c in turned]
        turned += [
            c
            for c in exact.wrong
            if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
        ]
        counted = exact.right
        stated = exact.stated
        stated_as = exact.said
        asked_exactly = prepared.reference_facts[index].asks_exactly
    taken_back = retraction(written.text, written.structure)
    swaps: list[Contradiction] = []
    if index < len(prepared.reference_contrasts):
        swaps = swapped(prepared.reference_contrasts[index], written)
    if not swaps and index < len(prepared.reference_sides):
        # "a stack is first in, first out" for the key's "last in, first out" (turned_orders.py)
        quoted = [c.evidence[0] for c in turned]
        turned += [
            c
            for c in orders_turned(prepared.reference_sides[index][0].raw, written)
            if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
        ]
    if not swaps and index < len(prepared.reference_roles):
        # "take in oxygen and give off carbon dioxide" for the key's "use ... carbon dioxide
        # ... and release oxygen": what the key takes in given out and the reverse, each the
        # other's role, as a swap of the key's two subjects is (taken_given.py)
        swaps = roles_reversed(prepared.reference_roles[index], written.text, written.structure)
    exchanges: list[Contradiction] = []
    if index < len(prepared.reference_objects) and not swaps and "keyword_list" not in flags:
        key_text, terms, key = prepared.reference_objects[index]
        said = governed(written.text, written.structure, terms)
        exchanges = exchanged(key, key_text, said, written.text)
    unlisted = _unlisted(listing, prepared.reference_items[index] if listing else [])
    return WrongClaims(
        turned=turned,
        right=bool(right or counted),
        counted=bool(counted),
        stated=stated,
        stated_as=stated_as,
        asked_exactly=asked_exactly,
        taken_back=retracted(taken_back) if taken_back is not None else None,
        swaps=swaps,
        exchanges=exchanges,
        unlisted=unlisted,
        listed_right=bool(listing and listing.right),
    )


def claim_caps(parts: list[ScorePart], score: float, claims: WrongClaims) -> float:
    """The score after the caps of the wrong claims, each told in a part of the explanation."""
    if claims.turned:
        # wrong on every point it makes: `missing`; right on some besides: `weak` at most
        cap = CAP if claims.right else OFF_TOPIC_CAP
        every = " on every point it makes" if cap == OFF_TOPIC_CAP else ""
        score = cap_score(
            parts,
            score,
            cap,
            "turned_around",
            len(claims.turned),
            f"says the answer key the other way round{every}",
        )
    if claims.taken_back is not None:
        # "... lol jk it is the opposite": whatever it said of the key, it does not mean it
        score = cap_score(parts, score, CAP, "retracted", 1, "takes back what it says")
    if claims.swaps:
        # a swap is said plainly, both halves of the key's contrast exchanged (swaps.py: no
        # correct answer of 1,858 is read so): a central error, nothing creditable
        score = cap_score(
            parts,
            score,
            OFF_TOPIC_CAP,
            "swapped",
            len(claims.swaps),
            "says what the answer key tells of one thing of the other",
        )
    if claims.unlisted:
        # a list where the key is one, half or more of its items none of the key's: "It stands
        # for Availability, Consistency, Integrity and Distribution." had passed at 78.7 on the
        # shape and one word it shares with "Atomicity, Consistency, Isolation, Durability."
        score = cap_score(
            parts,
            score,
            CAP if claims.listed_right else OFF_TOPIC_CAP,
            "unlisted",
            len(claims.unlisted),
            "lists what the answer key's list does not hold",
        )
    return score


def _unlisted(listing: ListReading | None, key: list[tuple[str, ...]]) -> list[Contradiction]:
    """The items of the answer's list that are none of the key's, when they make half of it or
    more (listed.py); none otherwise: one slip in a list of the key's items is partly right."""
    if listing is None or not listing.wrong:
        return []
    if 2 * len(listing.wrong) < len(listing.wrong) + len(listing.right):
        return []
    items = ", ".join(" ".join(item) for item in key)
    return [
        Contradiction(
            concept=f"{item} (not in the answer key's list)",
            evidence=(item,),
            detail=f"the answer key's list is {items}",
        )
        for item in listing.wrong
    ]
