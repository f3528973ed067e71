"""Orders of growth: "O(log n)", "O(n^2)", "Θ(n log n)" written in Big-O notation, read so that
an answer giving another order than the answer key's ("O(n)" for "O(log n)") is read as
saying it. Two are the same when they agree once spaces, inner parentheses, "*" and case are
left out and a superscript two is read as "^2" ("O(log(n))" is "O(log n)", "O(n²)" is
"O(n^2)")."""

from __future__ import annotations

import re

_ORDER = re.compile(r"(?<![\w])[OΘΩθ]\s*\(((?:[^()]|\([^()]*\)){1,40})\)")
_SUPERSCRIPTS = str.maketrans({"²": "^2", "³": "^3"})


def _normal(inside: str) -> str:
    text = inside.translate(_SUPERSCRIPTS).lower()
    return re.sub(r"[\s()*·]", "", text).replace("**", "^")


def orders(text: str) -> list[tuple[str, str]]:
    """(as written, normal form) of each order of growth the text writes, each once."""
    seen: dict[str, str] = {}
    for match in _ORDER.finditer(text):
        seen.setdefault(_normal(match.group(1)), match.group())
    return [(written, normal) for normal, written in seen.items()]


def other_orders(key: frozenset[str], answer: str) -> list[str]:
    """The orders of growth an answer writes (as written) when it writes none of the key's
    (normal forms `key`): none when the key writes none, or the answer writes one of them."""
    said = orders(answer)
    if not key or not said or any(normal in key for _, normal in said):
        return []
    return [written for written, _ in said]


def order_aliases(name: str) -> tuple[str, ...]:
    """Another way of writing a term that holds an order of growth with spaces inside it:
    without them ("O(nlogn)" for "O(n log n)"), as people type it; none otherwise."""
    if not any(" " in written for written, _ in orders(name)):
        return ()
    read = _ORDER.sub(lambda m: m.group().replace(" ", ""), name)
    return (read,) if read != name else ()
