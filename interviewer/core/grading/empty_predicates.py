"""Empty predicates: the words that string terms together without relating them.

"X, Y and Z drive the whole thing, with W shaping the response" names terms and says nothing of
them: a vague verb with a vague object ("drive the whole thing", "round out the story"), a vague
noun ("are the big themes", "sit at the centre of it all") or a tag ("... at its finest").
keywords.py takes their words out before it counts the bare terms of an answer (grader 3.12).
"""

from __future__ import annotations

import re

from .text import Text

_VAGUE_OBJECT = (
    r"(?:it(?: all)?|this|that|everything(?: else| here)?|all(?: of it)?|the rest|home"
    r"|(?:the |a |an )?(?:whole|bigger|overall|full|entire|wider|broader) (?:[\w-]+ ){0,3}"
    r"(?:thing|story|picture|landscape|equation|ecosystem|package|deal|show|toolkit|recipe)s?"
    r"|(?:the |a |an )?(?:(?:whole|bigger|big|overall|full|entire|wider|broader|general|real"
    r"|main|other|core|basic|key) )*(?:thing|story|picture|space|landscape|equation"
    r"|conversation|experience|response|approach|framework|ecosystem|game|mix|package|deal"
    r"|show|toolkit|recipe|puzzle|results?|outcome|half of the equation)s?)"
)
_VAGUE_NOUN = (
    r"(?:the |a |an )?(?:(?:big|main|key|real|central|whole|basic|very|true) )*"
    r"(?:core|heart|centre|center|essence|backbone|basis|foundation|crux|gist|cornerstone"
    r"|pillars?|building blocks?|themes?|story|picture|name of the game|bread and butter"
    r"|big ideas?|pieces?|ingredients?|toolkit|recipe|half of the equation|starting point)"
    r"(?: of (?:it(?: all)?|this|that|everything|the whole thing|all of it|the matter))?"
)
_VAGUE_VERB = (
    r"(?:power|drive|driv|fuel|shap|defin|anchor|underpin|complet|round|revolv|tie|ty|bring"
    r"|brought|sit|sat|feed|fed|layer|form|mak|made|fram|dominat|glu|hold|held|wrap|top|pull"
    r"|bind|bound|unit|com|came|matter|play|start|do|did|work|tick|run)"
    r"(?:e|es|ed|s|ing|d|ne|pin|pinn|pinning|pins)?"
)
_VAGUE_OBJECT_ALONE = (
    r"(?:the |a |an )?(?:whole|bigger|overall|full|entire|wider|broader) (?:[\w-]+ ){0,3}"
    r"(?:thing|story|picture|landscape|equation|ecosystem|package|deal|show|toolkit|recipe)s?"
)
_TAGS = (
    r"(?:\w+ )?at (?:its|their) (?:finest|best|core|heart)|in a nutshell|in short"
    r"|and so (?:on|forth)|you get the (?:picture|idea|gist)|that'?s (?:about )?it|the works"
    r"|the usual suspects"
)
_ADVERBS = (
    r"(?:(?:really|basically|honestly|truly|essentially|just|all|kind of|sort of|pretty much"
    r"|what|where|that|which|together) )*"
)
_VAGUE_PREDICATE = re.compile(
    rf"\b(?:(?:is|are|was|were|'s|'re) )?{_ADVERBS}"
    rf"(?:{_VAGUE_VERB}(?: (?:up|out|around|into|on|at|in|off|together|to|of))*"
    rf" {_VAGUE_OBJECT}(?: (?:home|together|up|out|on top|off|here))?"
    rf"|{_VAGUE_VERB}(?: (?:up|out|together|in concert|on top|off))+"
    rf"|(?:(?:is|are|was|were|'s|'re) )?{_ADVERBS}(?:at |in )?{_VAGUE_NOUN}"
    rf"|{_VAGUE_OBJECT_ALONE}|{_TAGS})\b"
)
"""An empty predicate: a vague verb with a vague object ("drive the whole thing", "shaping
the response", "round out the story", "bringing it all home") or a vague noun ("are the big
themes", "sit at the centre of it all"). It relates nothing: the terms around it are still
bare terms (see `vague_predicates`)."""


def vague_predicates(text: Text) -> frozenset[int]:
    """The positions of the words that stand in empty predicates (see _VAGUE_PREDICATE)."""
    raw = text.raw.lower()
    found = [m.span() for m in _VAGUE_PREDICATE.finditer(raw) if m.group(0).strip()]
    if not found:
        return frozenset()
    return frozenset(
        i
        for i, (begin, end) in enumerate(text.spans)
        if any(start <= begin and end <= stop for start, stop in found)
    )
