"""Empty predicates: the words that string terms together without relating them.

"X, Y and Z drive the whole thing, with W shaping the response" names terms and says nothing of
them: a vague verb with a vague object ("drive the whole thing", "round out the story"), a vague
noun ("are the big themes", "sit at the centre of it all") or a tag ("... at its finest").
keywords.py takes their words out before it counts the bare terms of an answer (grader 3.12).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import itemgetter

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
_VAGUE_RELATION = (
    r"(?:relat(?:es|ed|e|ing) to|(?:is|are|was|were|'s|'re) (?:(?:all|mostly|mainly|really"
    r"|basically|just) )?about|ha(?:s|ve|ving) (?:(?:a lot|everything|much|something) )?to do"
    r" with|associated with|revolv(?:es|e|ing) around"
    r"|cent(?:er|re)[sd]? (?:on|around)|boils? down to)"
)
"""A relation that says only that things go together, not how: "Prompt injection relates to
attackers, prompts, instructions, ...", "RLHF is all about humans, rewards, PPO and values",
"... has to do with data, compute and tokens": the question's subject restated, then a list
of terms that nothing relates (buzz41). Not "connected to" or "linked to", which say how two
things stand ("terminal 1 is connected to the negative battery terminal")."""
_OPENING = rf"\b(?:(?:is|are|was|were|'s|'re) )?{_ADVERBS}"
_EMPTY_COMPLEMENT = (
    r"(?:better|best|worse|good|great|nice|fine|awesome|amazing|special|powerful|effective"
    r"|useful|valuable|interesting|unique|perfect|complete|whole|real|different|possible"
    r"|works?|happen|tick|click|go|run|shine|sing|matter|succeed|successful|magic(?:al)?"
    r"|come (?:together|alive)|stand out)\b(?! to \w)"
)
"""What "makes it" may be said to make without saying anything: "X, Y and Z make it better",
"this is what makes it happen", "it makes things work". "Possible" and its like with a "to"
after them say what becomes possible: "makes it possible to fine-tune on one GPU"."""
_NO_COMPLEMENT = (
    r"(?:and|or|but|with|in|on|at|to|for|of|from|by|as|so|all|up|out|together|home|off|here"
    r"|there|the|a|an|it|its|is|are|was|were|be|that|this|which|what|when|where|while|if"
    r"|because|than|then|into|through|over|across|very|really|much|far|even|more|less|too"
    r"|quite|fully|truly|way|just|also|again|now|i|you|we|they)\b"
)
"""Words after "makes it" that open no complement: "makes it, with X", "make it all work",
"makes it so" (a degree word with nothing after it)."""
_CAUSATIVE_CLAIM = (
    r"(?:mak(?:e|es|ing)|made) (?:it|them|this|that|things|everything)(?: all)?"
    r" (?:(?:so|very|really|much|far|even|more|less|too|quite|fully|truly|way|a (?:bit|lot)"
    rf"|a little) )*(?!{_EMPTY_COMPLEMENT})(?!{_NO_COMPLEMENT})[a-z]"
)
"""A causative verb with its object and a complement: "a small one makes it slow", "makes
them unstable", "makes it small enough for one GPU" (keys51). The complement is the claim:
such a "makes it" is no empty predicate (before, "A large learning rate makes training diverge
and a small one makes it slow." was capped at 50 as a string of terms)."""
_KEPT_GOING = (
    rf"(?:keep|keeps|kept|keeping) {_VAGUE_OBJECT} (?:going|running|ticking|moving|alive"
    r"|humming|afloat|together|on track)"
)
""""Keep" with nothing kept but the thing going: "X, Y and Z keep it going", "keeping it all
together" (keys51). Not a vague verb: what it keeps is most often said ("keeps them small",
"keeps it in memory")."""
KINDS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (
        rf"(?!{_CAUSATIVE_CLAIM}){_VAGUE_VERB}"
        r"(?: (?:up|out|around|into|on|at|in|off|together|to|of))*"
        rf" {_VAGUE_OBJECT}(?: (?:home|together|up|out|on top|off|here))?",
        (),
    ),
    (
        rf"{_VAGUE_VERB}(?: (?:up|out|together|in concert|on top|off))+",
        ((" up", " out", " together", " in concert", " on top", " off"),),
    ),
    (
        rf"(?:(?:is|are|was|were|'s|'re) )?{_ADVERBS}(?:at |in )?{_VAGUE_NOUN}",
        (
            (
                *"core heart centre center essence backbone basis foundation crux gist".split(),
                *"cornerstone pillar theme story picture piece ingredient toolkit recipe".split(),
                *("building block", "name of the game", "bread and butter", "big idea"),
                *("half of the equation", "starting point"),
            ),
        ),
    ),
    (
        _VAGUE_OBJECT_ALONE,
        (
            tuple("whole bigger overall full entire wider broader".split()),
            tuple("thing story picture landscape equation ecosystem package deal show".split())
            + ("toolkit", "recipe"),
        ),
    ),
    (
        _TAGS,
        (
            (
                *("at its", "at their", "in a nutshell", "in short", "and so", "you get the"),
                *("that's", "thats", "the works", "the usual suspects"),
            ),
        ),
    ),
    (
        _VAGUE_RELATION,
        (("relat", "about", "to do with", "associated", "revolv", "cent", "boil"),),
    ),
    (_KEPT_GOING, (("keep", "kept"),)),
)
"""The kinds of empty predicate, in the order they are tried: a vague verb with a vague object
and, after "make", no complement ("drive the whole thing", "shaping the response", "round out
the story", "bringing it all home", "make it better"; not "makes it slow"), a vague verb with
particles ("tie together"), a vague noun ("are the big themes", "sit at the centre of it
all"), a vague object alone, a tag ("... at its finest"), a vague relation ("relates to", "is
all about"), "keep it going". Each comes with the words any text it matches holds: one of each
group (none for the first: its object may be "it")."""


@cache
def empty_predicate(kinds: tuple[int, ...]) -> re.Pattern[str]:
    """An empty predicate of some of the kinds (their numbers in KINDS): the regex of all of
    them with the others left out. A kind that can match nowhere in a text changes nothing
    there when it is left out: the kinds before and after it are tried as before."""
    # every match opens with a word character or the apostrophe of "'s": saying so first lets
    # the regex engine pass over the other positions without trying the alternatives there
    # (the same matches; vague_predicates 51 -> 39 us per answer)
    return re.compile(rf"(?=[\w']){_OPENING}(?:{'|'.join(KINDS[k][0] for k in kinds)})\b")


VAGUE_PREDICATE = empty_predicate(tuple(range(len(KINDS))))
"""An empty predicate of any kind (see KINDS). It relates nothing: the terms around it are
still bare terms (see `vague_predicates`)."""


def vague_predicates(text: Text) -> frozenset[int]:
    """The positions of the words that stand in empty predicates (see VAGUE_PREDICATE)."""
    raw = text.raw.lower()
    # the kinds whose words the text lacks are left out: the regex, tried at every word, was
    # 7% of grading time
    kinds = tuple(k for k, (_, needs) in enumerate(KINDS) if all(_holds_any(raw, n) for n in needs))
    pattern = empty_predicate(kinds)
    found = [m.span() for m in pattern.finditer(raw) if m.group(0).strip()]
    if not found:
        return frozenset()
    # a text's spans ascend, their ends too (words never overlap; the pieces of one character
    # share its span): the words inside a match are a run from the first that opens in it
    spans = text.spans
    inside: set[int] = set()
    for start, stop in found:
        i = bisect_left(spans, start, key=_OPENS)
        while i < len(spans) and spans[i][1] <= stop:
            inside.add(i)
            i += 1
    return frozenset(inside)


_OPENS = itemgetter(0)


def _holds_any(raw: str, words: tuple[str, ...]) -> bool:
    return any(map(raw.__contains__, words))  # C calls: no Python step per word
