"""Reference mode's key statements denied: what the answer key states of a subject, denied of it.

polarity.py reads one way: a side of the key (subject_sides.sides) that denies something, said
plainly by the answer. This is the other way: a side of the key that denies nothing, said by an
answer side led by the same subject that

- says at least polarity.SHARED_SHARE of the key side's words, negated or not, and at least
  polarity.MIN_SHARED of them;
- denies at least one of them (what a negation reaches: "does not create a gap");
- is not said under a condition (polarity.SUPPOSING);
- and no side of the answer led by that subject says the key side with its polarity.

In: the key "bulb B creates a gap", the answer "bulb B does not create a gap in the path".
Out: "bulb B creates a gap, it does not close the path" (the key's words said its way);
"if bulb B is not damaged it does not create a gap" (a condition); "bulbs A and C are not
affected" (the key's side "bulb B creates a gap": another subject).

Each is a `Contradiction` as polarity.py makes; reference_scoring caps it as those.
"""

from __future__ import annotations

from .antonyms import opposite
from .clauses import Structure
from .matching import Answer
from .opposed_sides import NOT
from .polarity import MIN_SHARED, SHARED_SHARE, plain_sides, reading
from .result import Contradiction
from .subject_sides import Side
from .text import Text


def _labels(text: Text, side: Side) -> frozenset[str]:
    """The side's one-letter and number words: the names of its parts ("bulbs A and C",
    "terminal 4", "bulb a is"), which its subject's stem ("bulb") does not tell apart. An "a"
    after a content word and before none is a name ("bulb a is"), an article otherwise ("creates
    a gap"); "i" is never one."""
    content = set(text.content)

    def named(i: int) -> bool:
        word = text.words[i]
        if word == "a":
            return i - 1 in content and i + 1 not in content
        return word.isdigit() or (len(word) == 1 and word.isalpha() and word != "i")

    return frozenset(text.words[i] for i in range(side.first, side.last + 1) if named(i))


def _denied(key: Side, key_text: Text, side: Side, text: Text, structure: Structure) -> bool:
    """Whether the answer side says the key side (a side denying nothing) with some of the key
    side's words denied by a negation inside the side, naming the same parts and saying no
    opposite of the key side's words ("positive" for its "negative": another thing)."""
    if side.subject != key.subject:
        return False
    plain = frozenset(w.removeprefix(NOT) for w in side.said)
    shared = key.said & plain
    if len(shared) < MIN_SHARED or len(shared) < SHARED_SHARE * len(key.said):
        return False
    if not any(NOT + w in side.said for w in shared):
        return False
    if not any(side.first <= n <= side.last for n in structure.negators):
        return False
    if _labels(text, side) != _labels(key_text, key):
        return False
    stated = key.said | {key.subject}
    return not any(opposite(w, stated) for w in plain)


def statements_denied(
    key: list[Side], key_text: Text, parsed: Answer, heads: frozenset[str]
) -> list[Contradiction]:
    """The key's sides that deny nothing, which the answer says denied and never its way."""
    stating = [s for s in key if not any(w.startswith(NOT) for w in s.said)]
    if not stating:
        return []
    text = parsed.text
    found = plain_sides(text, parsed.structure, heads)
    wrong: list[Contradiction] = []
    for one in stating:
        if any(reading(one, side) == 1 for side in found):
            continue
        denied = [side for side in found if _denied(one, key_text, side, text, parsed.structure)]
        if denied:
            quote = key_text.quote(one.first, one.last)
            evidence = text.evidence(denied[0].first, denied[0].last)
            if any(evidence in c.evidence[0] or c.evidence[0] in evidence for c in wrong):
                continue  # a stretch of a key side already read ("the KV cache stores the keys")
            wrong.append(
                Contradiction(
                    concept=f"{quote} (denied)",
                    evidence=(evidence,),
                    detail=f"the answer key says “{quote}”",
                )
            )
    return wrong
