"""Reference mode's feedback: the notes that say what is wrong (each wrong claim with its
evidence), why a negation took points, or what falls short when nothing was found wrong."""

from __future__ import annotations

from dataclasses import replace

from ..denial_words import has_negation
from ..feedback import NOT_KNOWN_NOTE, RESTATED_NOTE, credited_note, told_not_knowing
from ..flags import SELF_DEFINED_NOTE
from ..matching import Answer
from ..not_known import admits_not_knowing
from ..result import Contradiction, Grade, ScorePart
from .signals import ReferenceSignals

__all__ = ["NEGATED_NOTE", "NOT_KNOWN_NOTE", "UNNEGATED_NOTE", "with_notes"]

NEGATED_NOTE = (
    "A short answer that says “not”, “no” or “cannot” where the answer key states its point "
    "plainly (or the reverse) is read as saying the opposite, and cannot pass: if you meant "
    "the key's point, state it without the negation, or say more."
)
"""Feedback when the `negated` cap takes points from an answer that says a negation."""
UNNEGATED_NOTE = (
    "The answer key says its point with a negation (such as “not”, “no” or “without”) and this "
    "short answer says none, which can read as saying the opposite: say in a full sentence "
    "what does or does not happen."
)
"""Feedback when it takes points from an answer with no negation, where the key has one: the
note above had told "B-tree, faster reads, extra storage, slower writes" that it says "not"
(play29 F12)."""


def with_notes(
    grade: Grade,
    best: ReferenceSignals,
    written: Answer,
    wrong: tuple[Contradiction, ...],
    swaps: list[Contradiction],
    self_defined: str | None,
    flags: list[str],
    parts: list[ScorePart],
) -> Grade:
    """The grade with the reference mode's notes before its feedback: each wrong claim (`wrong`
    told as wrong, `swaps` as swapped), a self-definition, why a negation took points; else,
    for a grade that is not strong with no feedback, what falls short; else what passed."""
    if admits_not_knowing(written.text.raw):  # one note: not also "Say more" (care43)
        return told_not_knowing(grade, written.text.raw)
    notes = tuple(f"“{c.evidence[0]}” is wrong: {c.detail}." for c in wrong)
    notes += tuple(
        f"“{c.evidence[0]}” and “{c.evidence[1]}” are swapped: {c.detail}." for c in swaps
    )
    if self_defined and "restates_question" in flags:
        notes += (SELF_DEFINED_NOTE.format(term=self_defined),)
        grade = replace(grade, feedback=tuple(n for n in grade.feedback if n != RESTATED_NOTE))
    if (
        "keyword_list" not in flags
        and "off_topic" not in flags
        and any(p.signal in ("negated", "negation") and p.points < 0 for p in parts)
    ):
        # the cap or the negation's points took points: say why (play23 F3: only the score
        # line showed it; since key29's wider scale the points alone can keep it below the cap),
        # and which side says the negation; a string of terms is told it makes no claim, and an
        # answer on another topic that it is off the topic ("I went to the beach last summer."
        # had been told the key says its point with a negation, and it none)
        negates = has_negation(written.text.words)
        if negates:
            notes += (NEGATED_NOTE,)
        elif "too_short" not in flags:
            # an answer too short to say anything ("energy") is told to say more, not that
            # it lacks the key's negation (lead's play, stop 36)
            notes += (UNNEGATED_NOTE,)
    if not notes and not grade.feedback and grade.band != "strong":
        notes = (_shortfall_note(best),)
    if not notes and (passed_for := credited_note(grade)) is not None:
        notes = (passed_for,)
    if not notes:
        return grade
    return replace(grade, feedback=notes + grade.feedback)


def _shortfall_note(best: ReferenceSignals) -> str:
    """What a grade that is not strong says when nothing was found missing or wrong: the
    feedback is never empty for such a grade (play23 F7 row 12 had none)."""
    if best.length < 0:
        return (
            "Say more: beyond the question's own words the answer key takes about "
            f"{best.reference_words} words, this answer {best.answer_words}; explain how and "
            "why in full sentences."
        )
    return (
        "Nothing was found missing or wrong, but the answer is far from the answer key's "
        "wording: compare it with the key and state its point more plainly."
    )
