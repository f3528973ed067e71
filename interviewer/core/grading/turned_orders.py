"""Reference mode's orders of arrival said the other way round of one subject.

"A stack is last in, first out" against "a stack is first in, first out" had no direction
word for reversals/ to turn and no second subject for swaps.py to swap: it scored 93.5. A
key that says one order of arrival of a subject (in_out_orders.py: written out, as initials,
or by the age of what leaves) is contradicted by an answer that says the other order of that
subject, plainly (not negated, not set aside), and never the key's order of it.
"""

from __future__ import annotations

from functools import lru_cache

from .clauses import Structure
from .in_out_orders import ORDERS, in_out_orders
from .matching import Answer
from .result import Contradiction
from .subject_sides import Side, holds_sides, sides
from .text import Text


@lru_cache(maxsize=512)
def key_orders(key: str) -> tuple[tuple[str, str, str], ...]:
    """(subject stem, order, the key's words) of each subject the key says one order of
    arrival of, named written out or as initials."""
    text = Text.of(key)
    named = in_out_orders(text).starts
    if not named:
        return ()
    said: dict[str, tuple[set[str], str]] = {}
    structure = Structure.of(text)
    for side in _plain_sides(text, structure):
        # the orders it names, not those read by age ("the element pushed most recently")
        orders = {o for i, o in named.items() if side.first <= i <= side.last}
        orders = {o for o in orders if o in side.said}  # not negated
        if side.name is not None and side.name[0] in named:
            continue  # "(or last-in-first-out)": the order names no subject of its own
        if orders:
            held = said.setdefault(side.subject, (set(), text.quote(side.first, side.last)))
            held[0].update(orders)
    return tuple(
        (subject, next(iter(orders)), quote)
        for subject, (orders, quote) in said.items()
        if len(orders) == 1
    )


def _plain_sides(text: Text, structure: Structure) -> list[Side]:
    found = [s for s in sides(text, structure) if not structure.dismissed([s.first])]
    return [s for s in found if not holds_sides(text, s, found)]


def orders_turned(key: str, parsed: Answer) -> list[Contradiction]:
    """The key's orders of arrival that the answer says the other way round of their subject,
    and never the key's way."""
    orders = key_orders(key)
    if not orders:
        return []
    found = _plain_sides(parsed.text, parsed.structure)
    wrong: list[Contradiction] = []
    for subject, order, quote in orders:
        said = [s for s in found if s.subject == subject and s.said & ORDERS]
        if not said or any(order in s.said for s in said):
            continue
        side = said[0]
        wrong.append(
            Contradiction(
                concept=f"{quote} (said the other way round)",
                evidence=(parsed.text.evidence(side.first, side.last),),
                detail=f"the answer key says it the other way round: “{quote}”",
            )
        )
    return wrong
