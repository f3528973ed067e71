"""An answer that takes back what it has just said: "... lol jk it is the opposite."

Reference mode reads an answer's claims against the key one by one. An answer that states the
key word for word and then adds "lol jk it is the opposite" (play27 M5, r9: 88.6 `strong`)
says, in the end, the opposite of every claim it made; no reading of its claims sees that,
since the last sentence names nothing. A *retraction* is a sentence after the first that says
nothing but that: an interjection or two ("lol", "no wait", "actually") around "jk", "just
kidding", "it's the opposite", "the reverse is true", "it's the other way round". A sentence
that says what is opposite ("Underfitting is the opposite: high training error") names
something, and is no retraction; one that opens with "jk" or "just kidding" and then says
something ("lol jk, it's completely deterministic") takes back what came before and is one.
"""

from __future__ import annotations

import re

from .clauses import Structure
from .result import Contradiction
from .text import Text

_ASIDE = (
    r"(?:lol|lmao|haha+|ha|no|nope|wait|oops|sorry|well|ok|okay|actually|seriously|really"
    r"|in fact|of course|honestly|just|ah|oh|um|uh)"
)
_JOKE = r"(?:jk|j/k|just kidding|kidding|just joking|joking|not really|psych|psyche)"
_TURNED = (
    r"(?:(?:it'?s|it is|its|that'?s|that is|this is|the truth is|the answer is) )?"
    r"(?:(?:really|actually|in fact|exactly|just|completely) )*"
    r"(?:the )?(?:(?:exact|complete|total) )?(?:opposite|reverse|contrary|other way (?:a)?round)"
    r"(?: (?:is true|is the case|of that|of this|actually))?"
)
_RETRACTION = re.compile(
    rf"^(?:{_ASIDE}[\s,!.]*)*(?:{_JOKE}[\s,!.]*)*(?:{_ASIDE}[\s,!.]*)*"
    rf"(?:{_JOKE}|{_TURNED})(?:[\s,!.]+(?:{_ASIDE}|{_JOKE}|{_TURNED}))*[\s,!.]*$"
)
"""A sentence that says nothing but that the answer's claims are not meant, or are the other
way round."""
_TAKING_BACK = re.compile(
    rf"^(?:{_ASIDE}[\s,!.]*)*(?:jk|j/k|just kidding|just joking)(?! aside)[\s,!.:;-]+"
    rf"(?:{_ASIDE}[\s,!.]*)*\w"
)
"""A sentence that opens by taking back what was said and goes on to say what is meant
instead: "lol jk, it's completely deterministic, same prompt always gives same output" (play28
M1, genai-201: 81.4 in bank mode, no flag). Only a joke word opens it: "actually, ..." or
"not really, ..." may start an answer's own claim."""


def retraction(text: Text, structure: Structure) -> str | None:
    """The answer's words of the first sentence after its first that takes back what it said
    (see the module docstring), or None."""
    raw = text.raw
    for first, last in structure.units("sentence"):
        if first == 0:
            continue
        sentence = raw[text.spans[first][0] : text.spans[last][1]].lower()
        sentence = sentence.replace("’", "'")
        if _RETRACTION.match(sentence) or _TAKING_BACK.match(sentence):
            return text.evidence(first, last)
    return None


def taken_back(evidence: str) -> Contradiction:
    """A retraction (`retraction`'s evidence) as both modes report it among the wrong claims."""
    return Contradiction(
        concept="what the answer says before, taken back",
        evidence=(evidence,),
        detail="it takes back what the answer says before it",
    )
