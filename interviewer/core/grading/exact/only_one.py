"""The key's "only one" of a thing said as many: "A mutex lets many threads enter the critical
section" against the key's "a mutex lets only one thread at a time enter" had passed at 88.3
(teacher-key play, stop 30).

The key restricts a thing to one: "only one thread", "just one writer", "only a single leader",
"one request at a time". An answer sentence that says "many", "multiple", "several" or "more than
one" of that thing (the same stem), as a claim, says the key's restriction the other way round.
Not read so: an answer that says the key's restriction of that thing anywhere ("only one of the
many threads"), and a sentence with a negation, a condition or a word that turns a claim into
what is avoided ("without a mutex many threads enter", "it prevents multiple threads from
entering", "if several threads enter ..."): those describe the problem the key's answer solves.
"""

from __future__ import annotations

import re

from ..result import Contradiction
from ..text import stem

_THING = r"([a-z][a-z'-]*)"
KEY_ONE = re.compile(
    rf"\b(?:only|just|exactly)\s+(?:one|a\s+single)\s+{_THING}|\bone\s+{_THING}\s+at\s+a\s+time\b",
    re.IGNORECASE,
)
"""A thing the key restricts to one. Not a bare "a single": "each step produces a single
token" (genai-163) says what one step makes, and an answer's "many tokens" is right there."""
MANY = re.compile(rf"\b(?:many|multiple|several|more\s+than\s+one)\s+{_THING}", re.IGNORECASE)
"""A thing the answer says more than one of."""
AVOIDED = frozenset(
    "not no never without unless if when whenever suppose supposing otherwise instead rather "
    "prevent prevents prevented preventing stop stops stopping block blocks blocking avoid "
    "avoids avoiding forbid forbids stops can't cannot don't doesn't won't isn't aren't "
    "problem problems race danger risk".split()
)
"""Words that make a sentence a description of what the key's restriction avoids."""
_SENTENCE = re.compile(r"[^.!?;]+")
_WORD = re.compile(r"[a-z']+")


def restricted(key: str) -> frozenset[str]:
    """The stems of the things the key restricts to one."""
    return frozenset(stem(next(g for g in m.groups() if g).lower()) for m in KEY_ONE.finditer(key))


def many_for_one(key: str, answer: str) -> list[Contradiction]:
    """The answer's "many" of a thing the key restricts to one (see the module docstring),
    each quoting the answer's words."""
    things = restricted(key)
    if not things or restricted(answer) & things:
        return []
    found: list[Contradiction] = []
    for sentence in _SENTENCE.finditer(answer):
        words = set(_WORD.findall(sentence.group().lower()))
        if words & AVOIDED:
            continue
        for m in MANY.finditer(sentence.group()):
            thing = stem(m.group(1).lower())
            if thing in things:
                found.append(
                    Contradiction(
                        concept=f"only one {thing} (miscounted)",
                        evidence=(m.group(),),
                        detail="the answer key allows only one",
                    )
                )
    return found
