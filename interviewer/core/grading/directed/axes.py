"""The axes a direction is said on (amount, speed, quality), each with its words up and down
(`AXES`), the phrasal directions ("speeds up", `PHRASAL`), and every direction word's axis and
sign (`SIGNS`)."""

from __future__ import annotations

from ..text import cached_stem


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
SIGNS: dict[str, tuple[str, int]] = {
    s: (axis, sign)
    for axis, ends in AXES.items()
    for sign, end in zip((1, -1), ends, strict=True)
    for s in end
}
