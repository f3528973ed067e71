"""Answers that only say the candidate does not know ("no idea", "I don't know"): no claim is
made, so none is denied, and the advice for answers that say "not" does not apply."""

from __future__ import annotations

import re
from collections.abc import Iterator

_ADMISSION = re.compile(
    r"(?:i\s+)?(?:(?:have|'ve|got)\s+)?(?:absolutely\s+|really\s+)?no\s+(?:idea|clue)"
    r"|(?:i\s+)?(?:really\s+)?(?:do\s*n'?t|do\s+not|dunno)(?:\s+really)?\s+know"
    r"|(?:i'?m\s+|i\s+am\s+)?(?:really\s+)?not\s+sure"
    r"|(?:i\s+)?(?:can'?t|cannot|can\s+not|do\s*n'?t|do\s+not)\s+(?:remember|recall)"
    r"|(?:i\s+)?(?:have\s+)?never\s+heard\s+of\s+(?:it|this|that)"
    r"|dunno|idk|pass|sorry|no\s+answer|not\s+known|unknown"
)
_TAIL = r"(?:\s+(?:about\s+)?(?:it|this|that|the\s+answer|what\s+(?:it|this|that)\s+is))?"
_PIECE = re.compile(rf"(?:{_ADMISSION.pattern}){_TAIL}")
_BETWEEN = re.compile(r"[.,;:!?()\"\u2026-]+|\b(?:and|but|so)\b")


def admits_not_knowing(answer: str) -> bool:
    """Whether the whole answer is one or more admissions of not knowing ("No idea.", "Sorry, I
    don't know.", "not sure, I can't remember"), and nothing else: an answer that says anything
    more ("no idea, maybe energy") is read as an answer."""
    said = answer.lower().replace("\u2019", "'").strip(' \t\r\n.,;:!?()"-')
    if not said:
        return False
    # the pieces one at a time: most answers fail on the first, and the rest is not read
    found = False
    for piece in _pieces(said):
        piece = " ".join(piece.split())
        if piece:
            if not _PIECE.fullmatch(piece):
                return False
            found = True
    return found


def _pieces(said: str) -> Iterator[str]:
    """The pieces of `said` between the separators of _BETWEEN, in order, as
    `_BETWEEN.split(said)` gives them (a separator is never empty)."""
    start = 0
    for separator in _BETWEEN.finditer(said):
        yield said[start : separator.start()]
        start = separator.end()
    yield said[start:]
