"""The key terms of a reference answer, ranked and named (`derive_key_terms`; the package
docstring says what a term is and how terms are ranked)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace

from ...bank import Concept
from ..acronyms import initials, written_acronyms
from ..clauses import Structure
from ..exact import compound_aliases, order_aliases
from ..keywords import is_keyword_string
from ..text import Text
from .orders import in_out_terms
from .units import Pair, Unit, goes_on, phrase_pairs, read_units, same_words
from .words import name_like

DERIVED_TERMS_MAX = 8
"""At most this many key terms are derived from a reference answer that has no rubric."""
MARKED = 1.5
"""How much more a word written as a name (see the module docstring) weighs in the ranking."""


def derive_key_terms(
    prompt: str,
    reference: str,
    weight: Callable[[str], float],
    canon: Mapping[str, str] | None = None,
    limit: int = DERIVED_TERMS_MAX,
) -> tuple[Concept, ...]:
    """The key terms of a reference answer, best first, each a concept weighted by its score.

    Args:
        prompt: the question: its words are not key terms.
        reference: the reference answer the terms are taken from.
        weight: a stem's IDF in the bank.
        canon: the bank's thesaurus (stem -> the stem it is read as).
        limit: the most terms returned (fewer for a short reference: half its candidates, at
            least two; every candidate of a reference that is itself a list of terms).
    """
    ref = Text.of(reference, canon=canon)
    asked = _asked_stems(prompt, reference, canon)
    units = same_words(read_units(ref, prompt, asked))
    # a word the reference uses as a verb too ("must also update the index") counts where it
    # names something only
    units_naming = [u for u in units if u.alone or u.joinable]
    counts = Counter(u.key for u in units_naming)
    first_of: dict[str, Unit] = {}
    for unit in units_naming:
        first_of.setdefault(unit.key, unit)

    def score(unit: Unit) -> float:
        new = [s for s in unit.content if s not in asked] or list(unit.content)
        rarest = max((weight(s) for s in new), default=0.0)
        return (1.0 + math.log(counts[unit.key])) * rarest * (MARKED if unit.marked else 1.0)

    scores = {key: score(unit) for key, unit in first_of.items()}
    pairs = phrase_pairs(ref, units, asked)
    paired = {k for p in pairs for k in p.keys}
    ranked = sorted(
        (u for u in first_of.values() if u.alone or (u.phrase_only and u.key in paired)),
        key=lambda u: (-scores[u.key], u.key),
    )
    pair_counts = Counter(p.keys for p in pairs)
    # a key that is itself a list of terms ("Atomicity, Consistency, Isolation, Durability.")
    # names every one of them: all are wanted, not half
    listed = is_keyword_string(ref, Structure.of(ref))
    orders = in_out_terms(reference)
    candidates = len(ranked) + len(orders)
    wanted = min(limit, candidates) if listed else max(2, min(limit, candidates // 2 + 1))
    # an order the key names ("last in, first out") is its point, as heavy as its heaviest
    # word: its own words are function words, which no unit names
    heaviest = round(max(scores.values(), default=1.0), 3)
    terms = [replace(order, weight=heaviest) for order, _ in orders[:wanted]]
    taken: set[str] = set()
    named = [frozenset(Text.of(order.name).stems) for order in terms]
    """The stems of the name of each term kept."""
    inside = [span for _, span in orders]
    for unit in ranked:
        if len(terms) >= wanted:
            break
        if unit.key in taken or any(a <= ref.spans[unit.first][0] < b for a, b in inside):
            continue
        first, last, keys = unit.first, unit.last, {unit.key}
        # a phrase whose other half a term already names ("negative battery" beside "battery
        # terminal") would weigh that word twice: the unit is a term alone, or none
        with_it = [p for p in pairs if unit.key in p.keys and not _other_half(p, unit.key) & taken]
        whole = [p for p in with_it if (ahead := goes_on(ref, p, pairs)) is None]
        if with_it and not whole:
            # "enforcing referential integrity": the phrase goes on past its describing word,
            # and is named by the pair that ends it
            ends = [ahead for p in with_it if (ahead := goes_on(ref, p, pairs)) is not None]
            while (further := goes_on(ref, ends[0], pairs)) is not None:
                ends[0] = further
            with_it = [p for p in ends[:1] if not set(p.keys) & taken]
            taken.add(unit.key)
        else:
            with_it = whole
        if not with_it and not unit.alone:
            continue
        if with_it:
            # the phrase said most often, then the one whose other half is the rarer word
            best = min(
                with_it,
                key=lambda p: (
                    -pair_counts[p.keys],
                    -scores[p.keys[1] if p.keys[0] == unit.key else p.keys[0]],
                    p.first,
                ),
            )
            first, last, keys = best.first, best.last, set(best.keys)
        name = _name(ref, first, last)
        # a character the units read as one word and a term's name as two ("A¼A": "a1 4a")
        # could make one term a part of another ("A¼A" and "A¼A 0A"): the first is kept
        said = frozenset(Text.of(name).stems)
        if any(said <= other or other <= said for other in named):
            continue
        named.append(said)
        taken |= keys
        weight_of = max(scores[k] for k in keys)
        terms.append(Concept(name=name, weight=round(weight_of, 3)))
    return compounds_as_one(terms)


def _other_half(pair: Pair, key: str) -> set[str]:
    """The key of the pair's other unit (none when both are the same word)."""
    return set(pair.keys) - {key}


def compounds_as_one(terms: list[Concept]) -> tuple[Concept, ...]:
    """The terms with a compound's formula and its name as aliases of each other ("CO2" and
    "carbon dioxide": exact/formulas.py), and one term where the key writes both ("carbon
    dioxide (CO2)" had asked an answer that says one for the other as well); an order of growth
    written without its spaces too ("O(nlogn)" for "O(n log n)": exact/orders.py)."""
    kept: list[Concept] = []
    for term in terms:
        other = compound_aliases(term.name) + order_aliases(term.name)
        if any(term.name in t.aliases or term.name.lower() == t.name.lower() for t in kept):
            continue  # the same term again (a character read as two words: "A¼A")
        kept.append(replace(term, aliases=(*term.aliases, *other)) if other else term)
    return tuple(kept)


def _asked_stems(prompt: str, reference: str, canon: Mapping[str, str] | None) -> frozenset[str]:
    """The question's content stems, and the stems of the words its acronyms stand for in the
    reference ("global interpreter lock" asked about the GIL)."""
    asked = set(Text.of(prompt, canon=canon).content_stems())
    spelled = initials(reference)
    for acronym in written_acronyms(prompt):
        if acronym in spelled:
            asked.update(Text.of(spelled[acronym], canon=canon).content_stems())
    return frozenset(asked)


def _name(ref: Text, first: int, last: int) -> str:
    """The term as the reference writes it, in lower case unless it holds a name."""
    written = " ".join(ref.quote(first, last).split())
    if written.count("(") > written.count(")"):
        written += ")"  # a Big-O expression ends with its parenthesis
    if any(name_like(ref, k) for k in range(first, last + 1)):
        return written
    return written.lower()
