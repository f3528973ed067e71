"""A grade in a candidate's words: labels for flags and score signals, and the score's parts as
one sum, as the feedback screen, the report screen and every export show them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class ScorePart(Protocol):
    """One part of a score's explanation (a grading `ScorePart`, or a report's `ScoreLine`)."""

    @property
    def signal(self) -> str: ...
    @property
    def value(self) -> float: ...
    @property
    def points(self) -> float: ...
    @property
    def detail(self) -> str: ...


FLAG_LABELS = {
    "empty": "no answer",
    "too_short": "too short",
    "keyword_list": "a list of keywords, not an explanation",
    "restates_question": "mostly repeats the question",
    "off_topic": "off topic",
    "contradiction": "contradicts the reference",
    "timed_out": "submitted when time ran out",
    "skipped": "skipped",
    "truncated": "very long: only the start was graded",
}
"""What each grade flag means, in words (the JSON keeps the flag names)."""

SIGNAL_LABELS = {
    "base": "base",
    "coverage": "concepts",
    "essential": "essential concepts",
    "similarity": "likeness to the reference",
    "length": "length",
    "contradicted": "contradicted concepts",
    "errors": "central error",
    "misconceptions": "misconceptions",
    "negation": "negation",
    "restates_question": "repeats the question",
    "off_topic": "off topic",
    "keyword_list": "keyword list",
    "too_short": "too short",
    "empty": "no answer",
    "STAR coverage": "STAR parts",
}
"""The name each part of a score's explanation is shown under."""

_FULL_AT = re.compile(r"full (?:credit )?(?:at|from) (\d+)")
_OF = re.compile(r"^(\d+ of \d+ (?:concepts|key terms|parts))")
_CAPPED = re.compile(r"^capped at \d+")


def flag_label(flag: str) -> str:
    """`keyword_list` -> `a list of keywords, not an explanation`."""
    return FLAG_LABELS.get(flag, flag.replace("_", " "))


def describe_flags(flags: Sequence[str]) -> str:
    """The flags in words, joined by commas."""
    return ", ".join(flag_label(flag) for flag in flags)


def signal_label(signal: str) -> str:
    """`keyword_list` -> `keyword list`."""
    return SIGNAL_LABELS.get(signal, signal.replace("_", " "))


def part_reason(part: ScorePart) -> str:
    """A few words on why a part counts what it counts, from its detail: `22 of 40 words on
    the subject`, `3 of 6 concepts`, `capped at 30`; "" when the detail says nothing short."""
    detail = part.detail or ""
    if part.signal == "length":
        full = _FULL_AT.search(detail)
        if full:
            words = round(part.value * int(full.group(1)))
            where = " on the subject" if "subject" in detail else ""
            return f"{words} of {full.group(1)} words{where}"
        return ""
    for pattern in (_OF, _CAPPED):
        found = pattern.search(detail)
        if found:
            return found.group(0)
    return ""


def score_sum(parts: Sequence[ScorePart], score: float) -> str:
    """The explanation as a sum ending with the score as shown (one decimal): "base +55;
    concepts +19; length -3 = 71.2". Parts
    that round to nothing are left out; "kept within 0-100" when the score was clipped."""
    shown = [p for p in parts if round(p.points) != 0]
    if not shown:
        return ""
    text = "; ".join(f"{signal_label(p.signal)} {p.points:+.0f}" for p in shown)
    if abs(sum(p.points for p in parts) - score) >= 0.5:
        text += "; kept within 0-100"
    return f"{text} = {score:.1f}"
