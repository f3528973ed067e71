"""A grade in a candidate's words: labels for flags and score signals, and the score's parts as
one sum, as the feedback screen, the report screen and every export show them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..grading.result import REFERENCE_BASE
from .formatting import format_score, shown_score
from .model import QuestionReport


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
    "another_question": "answers another question of the topic",
    "contradiction": "contradicts the reference",
    "timed_out": "submitted when time ran out",
    "skipped": "skipped",
    "truncated": "very long: only the start was graded",
    "repeats_itself": "repeats itself: what is said again counts once",
    "unreadable": "mostly unreadable (another language, or not words): graded on what was read",
    "filler": "mostly filler: the STAR parts named, not told",
    "hypothetical": "hypothetical: what you would do, not a time you did it",
    "off_topic_story": "off the question: the story does not tell what was asked",
    "blames_others": "red flag: blames others and owns no part of it",
    "dishonesty": "red flag: dishonesty",
    "harm_unreflected": "red flag: harmed the team or a customer, with no reflection",
}
"""What each grade flag means, in words (the JSON keeps the flag names)."""

SIGNAL_LABELS = {
    "base": "base",
    "coverage": "concepts",
    "essential": "essential concepts",
    "similarity": "reference match",
    "length": "length",
    "contradicted": "wrong claims",
    "errors": "central error",
    "misconceptions": "misconceptions",
    "negation": "negation",
    "restates_question": "repeats the question",
    "off_topic": "off topic",
    "another_question": "another question",
    "keyword_list": "keyword list",
    "too_short": "too short",
    "empty": "no answer",
    "STAR coverage": "STAR parts",
    "filler": "filler",
    "precision": "words the key uses",
    "negated": "says the opposite",
    "turned_around": "the key said the other way round",
    "swapped": "the key's two sides swapped",
    "denied": "denies the key",
    "exchanged": "the key's terms exchanged",
    "references": "several keys",
}
"""The name each part of a score's explanation is shown under."""

_FULL_AT = re.compile(r"full (?:credit )?(?:at|from) (\d+)")
_OF = re.compile(r"^(\d+ of \d+ (?:concepts|key terms|parts))")
_WORDS = re.compile(r"^(\d+) words")
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
    """A few words on why a part counts what it counts, from its detail: `22 words on the
    subject; full credit at 40`, `3 of 6` (concepts), `capped at 30`; "" when the detail says
    nothing short. The length is a count and where its credit is full, never "22 of 40": the
    points are not that share of anything (each part is what it adds once the parts before
    it are known), and "40 of 40" was said of an 82-word answer."""
    detail = part.detail or ""
    if part.signal == "STAR coverage":
        return _star_reason(detail)
    if part.signal == "choice":  # "Choice D is right" (grading/choices/graded.py)
        return detail
    if part.signal == "answer key":  # a story keyed as instructions (grading/story_keys.py)
        return "the key's words score it higher than its story parts"
    if part.signal == "length":
        full = _FULL_AT.search(detail)
        if not full:
            return ""
        full_at = int(full.group(1))
        counted = _WORDS.match(detail)  # the count is in the detail (STAR answers)
        words = int(counted.group(1)) if counted else round(part.value * full_at)
        where = " on the subject" if "subject" in detail else ""
        if words >= full_at:
            if counted:
                return f"{words} words{where}: full credit from {full_at}"
            return f"{full_at} or more words{where}: full credit"
        said = f"{words} word{'s' if words != 1 else ''}{where}; full credit at {full_at}"
        if "counted as the share of the concepts" in detail:
            return f"{said}, counted as the share of concepts detected"
        return said
    counted = _OF.search(detail)
    if counted:  # "3 of 6 concepts" under the label "concepts" needs no noun
        return counted.group(0).removesuffix(" concepts")
    capped = _CAPPED.search(detail)
    return capped.group(0) if capped else ""


def _star_reason(detail: str) -> str:
    """A STAR score's one part in a few words: `3 of 6 parts`, then the length when it scaled
    them down (`56 words: full credit from 90`) and what capped it (`hypothetical: capped at
    20`, or only `hypothetical` when the cap was not reached)."""
    pieces = [found.group(0)] if (found := _OF.search(detail)) else []
    counted = re.search(r"(\d+) words, full credit from (\d+)", detail)
    if counted and int(counted.group(1)) < int(counted.group(2)):
        pieces.append(f"{counted.group(1)} words: full credit from {counted.group(2)}")
    pieces += detail.split("; ")[2:]  # filler, a hypothetical answer, and their cap
    return "; ".join(pieces)


def score_sum(parts: Sequence[ScorePart], score: float) -> str:
    """The explanation as a sum ending with the score as shown (`format_score`, whole): "base
    +55; concepts +19 (3 of 6); length -3 (22 words on the subject; full credit at 40) = 71". Parts
    that round to nothing are left out; "kept within 0-100" when the score was clipped. Against
    an answer key (reference mode) it is told in words, `in_words`."""
    shown = [p for p in parts if round(p.points) != 0]
    # a STAR story's parts are told even when it has none (a filler story had no line):
    # "STAR parts +0 (0 of 6 parts; 31 words: full credit from 90; mostly filler) = 0.0"
    shown = shown or [p for p in parts if p.signal in ("STAR coverage", "choice")]
    if not shown:
        return ""
    if any(p.signal == "base" and p.detail == REFERENCE_BASE for p in parts):
        return in_words(parts, score)
    clipped = abs(sum(p.points for p in parts) - score) >= 0.5
    points = [p.points for p in shown]
    wholes = [_whole(p) for p in points] if clipped else whole_terms(points, shown_score(score))
    terms = []
    for part, whole in zip(shown, wholes, strict=True):
        reason = part_reason(part)
        term = f"{signal_label(part.signal)} {whole:+d}"
        terms.append(term + (f" ({reason})" if reason else ""))
    text = "; ".join(terms)
    if clipped:
        text += "; kept within 0-100"
    return f"{text} = {format_score(score)}"


def whole_terms(points: Sequence[float], total: float) -> list[int]:
    """The terms of a sum as whole numbers that add up to `total`, the score as shown: each is
    its whole number (halves away from zero), then each point rounding leaves over against the
    total goes to the term that rounding moved most the other way (largest remainder; on a tie,
    the larger term). A story of 70.5 was "STAR parts +70 (...) = 71" (the term rounded half to
    even, the score half up); 69.6 is shown 69 (never up across a band's cut-off): "+69 = 69".
    "base +55; concepts +21; keyword list -2 = 73" (55.0 + 20.6 - 2.4 = 73.2) added up to 74:
    it is "base +55; concepts +20; keyword list -2 = 73"."""
    wholes = [_whole(p) for p in points]
    left = round(total) - sum(wholes)
    while left and wholes:
        step = 1 if left > 0 else -1
        index = max(
            range(len(points)),
            key=lambda i: (round(step * (points[i] - wholes[i]), 6), abs(points[i])),
        )
        wholes[index] += step
        left -= step
    return wholes


def _whole(points: float) -> int:
    """A term's whole number, halves away from zero (+70.5 -> +71, -2.5 -> -3)."""
    return int(points + 0.5) if points >= 0 else -int(-points + 0.5)


def score_formed(question: QuestionReport) -> str:
    """How the question's score was formed (`score_sum`), "" for an answer with no score: the
    line every renderer shows under the feedback."""
    if question.score is None:
        return ""
    return score_sum(question.explanation, question.score)


_AGAINST = re.compile(r"^(\d+) content words against the reference's (\d+)")
KEY_REASONS = {
    "negation": "says “not” where the key does not, or the reverse",
    "too_short": "very short",
    "references": "the best of several answer keys",
    "misconceptions": "",
}
"""Why a reference-mode part lowered the score, where its detail does not say it shortly."""


def key_reason(part: ScorePart) -> str:
    """Why a reference-mode part lowered the score, in the words a report shows: the length
    against the key's, `KEY_REASONS`, or what `part_reason` and the part's detail say."""
    against = _AGAINST.match(part.detail or "")
    if part.signal == "length" and against:
        words, key = against.groups()
        # "3 of its own words" read as a miscount of a 10-word answer (play42): say which
        noun = "word" if words == "1" else "words"
        return (
            f"{words} {noun} besides the question's and small ones like “the”, against the "
            f"key's {key}"
        )
    if part.signal in KEY_REASONS:
        return KEY_REASONS[part.signal]
    return part_reason(part) or (part.detail or "")


def in_words(parts: Sequence[ScorePart], score: float) -> str:
    """A reference-mode explanation in words, every number positive, adding up to the score
    shown: "starts at 42 (an answer as long as the key with nothing of it); raised by
    reference match 16, precision 5; lowered by length 16 (4 words besides the question's
    and small ones like “the”, against the key's 10) = 47". The numbers add up to the score as
    shown (`whole_terms`; the start is kept as it is), unless it was kept within 0-100."""
    moved = [p for p in parts if p.points and p.signal != "base"]
    start = sum(p.points for p in parts if p.signal == "base")
    # the base is the score of an answer as long as the key that shares nothing with it (no
    # likeness, key term or word): a shorter one is lowered by `length` from there
    pieces = [f"starts at {start:.0f} (an answer as long as the key with nothing of it)"]
    pieces = pieces if round(start) else []
    clipped = abs(sum(p.points for p in parts) - score) >= 0.5
    points = [p.points for p in moved]
    # the terms add up to the score shown (play67: "43; raised by 39, 1, 12 = 96"); a term
    # that is 0 as a whole number is left out
    rest = shown_score(score) - round(start)
    wholes = [_whole(p) for p in points] if clipped else whole_terms(points, rest)
    for verb, sign, reason_of in (("raised", 1, part_reason), ("lowered", -1, key_reason)):
        terms = []
        for part, whole in zip(moved, wholes, strict=True):
            if sign * whole > 0:
                reason = reason_of(part)
                term = f"{signal_label(part.signal)} {sign * whole}"
                terms.append(term + (f" ({reason})" if reason else ""))
        if terms:
            pieces.append(f"{verb} by " + ", ".join(terms))
    text = "; ".join(pieces)
    if clipped:
        text += "; kept within 0-100"
    return f"{text} = {format_score(score)}"
