"""Common antonym verbs and adjectives: "forgets" for the key's "remembers", "outer" for its
"inner" (play29 F16); "positive" for its "negative", "disconnected" for its "connected" (a part
named in the opposite state: beetle35).

A small table written for reference mode, used only when the answer key states one word of a
pair: an answer that says the other is read as saying the key's word the other way round
(polarity.py), and a key's "too complex" said as "too simple" (too_degrees.py: "simple" /
"complex", "many" / "few", "much" / "little" were added for it). The direction words of
text.DIRECTION_WORDS ("higher" / "lower", "faster" / "slower") are not repeated here:
reversals/ and directed/ read those.
"""

from __future__ import annotations

from .text import DIRECTION_WORDS, stem

_PAIRS = """remember forget, keep lose, allow prevent, allow forbid, permit forbid, permit prevent,
    inner outer, internal external, include exclude, accept reject, enable disable, open close,
    start stop, push pull, send receive, import export, input output, public private, add
    remove, gain lose, succeed fail, pass fail, true false, absorb release, attract repel,
    expand contract, compress decompress, encrypt decrypt, encode decode, synchronous
    asynchronous, mutable immutable, visible hidden, global local, explicit implicit, always
    never, same different, parent child, sender receiver, stateful stateless, blocking
    nonblocking, lock unlock, freeze unfreeze, upstream downstream, inbound outbound, positive
    negative, connect disconnect, simple complex, many few, much little"""

ANTONYMS: dict[str, frozenset[str]] = {}
"""A word's stem -> the stems of its opposites."""


def _table() -> None:
    found: dict[str, set[str]] = {}
    for pair in _PAIRS.split(","):
        x, y = (stem(w) for w in pair.split())
        if x in DIRECTION_WORDS or y in DIRECTION_WORDS or x == y:
            continue
        found.setdefault(x, set()).add(y)
        found.setdefault(y, set()).add(x)
    ANTONYMS.update({w: frozenset(o) for w, o in found.items()})


_table()


def opposite(word: str, stated: frozenset[str]) -> str | None:
    """The word of `stated` (the key's stems) that `word` is the opposite of, if one is."""
    for other in ANTONYMS.get(word, ()):
        if other in stated:
            return other
    return None
