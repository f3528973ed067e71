"""A compound whose head is the question's word ("length bias" asked about biases,
asked_kinds.py): its modifier is found only joined to that head, not anywhere in the sentence,
since the head stands in every restatement of the question ("In chain-of-thought prompting the
reasoning happens inside the model" does not say "reasoning chain").

Joined means: the modifier right before the head ("length bias", "length-bias"); or one item of
a list of modifiers said before the head once ("position, length and self-preference biases");
or one item of a list said after the head once, opened by a colon, a bracket, "such as", "like",
"including", "e.g." or "namely" ("Key biases: position, length, style", "biases such as length
and position"). A list item is one or two words; the items are joined by commas, slashes,
"and" or "or".
"""

from __future__ import annotations

import re

from ..text import Text

_ITEM = r"[\w'-]+(?: [\w'-]+)?"
_JOINT = r"(?:\s*(?:,|/)\s*(?:and |or )?|\s+(?:and|or)\s+)"
BEFORE_HEAD = re.compile(rf"(?:{_JOINT}{_ITEM})*\s*-?\s*")
"""What may stand between a listed modifier and the head after the list: the later items."""
AFTER_HEAD = re.compile(
    rf"\s*(?::|\(|,?\s*(?:such as|like|including|e\.g\.,?|namely))\s*(?:{_ITEM}{_JOINT})*"
)
"""What may stand between the head and a modifier listed after it: the opener, the earlier
items."""
MAX_APART = 12
"""At most this many words between a listed modifier and its head."""


def joined(text: Text, modifier: int, head: int) -> bool:
    """Whether the word at `modifier` modifies the head word at `head` (module docstring)."""
    if modifier + 1 == head:
        return True
    if abs(head - modifier) > MAX_APART:
        return False
    raw = text.raw.lower()
    if modifier < head:
        between = raw[text.spans[modifier][1] : text.spans[head][0]]
        return BEFORE_HEAD.fullmatch(between) is not None and _listed(between)
    between = raw[text.spans[head][1] : text.spans[modifier][0]]
    return AFTER_HEAD.fullmatch(between) is not None


def _listed(between: str) -> bool:
    """Whether the stretch holds a list joint (not a second modifier: "length penalty bias")."""
    return bool(re.search(r",|/|\band\b|\bor\b", between))


def joined_positions(
    text: Text, modifiers: list[int], heads: list[int]
) -> tuple[list[int], list[int]]:
    """Of the positions of a modifier and of its head, those joined to each other."""
    pairs = [(m, h) for m in modifiers for h in heads if joined(text, m, h)]
    return sorted({m for m, _ in pairs}), sorted({h for _, h in pairs})
