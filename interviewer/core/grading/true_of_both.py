"""Words true of both subjects of a contrast: an alias of a concept about one subject that the
answer says of the other subject is no swap when the same words are also a concept's about
that other subject, rightly said of it ("MQA's heads all share one set of keys" is GQA's "groups
of heads share keys" in part, and MQA's own "all heads share one set of keys")."""

from __future__ import annotations

from collections.abc import Sequence

from .findings import PreparedConcept
from .matching import Answer, match_phrase
from .subjects import Mentions, Subject, attribution


def true_of_its_subject(
    prepared: PreparedConcept,
    others: Sequence[PreparedConcept],
    answer: Answer,
    mentions: Mentions,
    subjects: Sequence[Subject],
    positions: Sequence[int],
) -> bool:
    """Whether the words at `positions`, a phrase of `prepared` said of another subject than
    its own, all lie inside a phrase of a concept of `others` about another subject, said
    plainly of that concept's own subject: the words are true of the subject they are said of,
    so they swap nothing. Words only overlapping another concept's phrase still swap (with
    them, genai-164's reference with its subjects exchanged still graded strong)."""
    own = set(positions)
    for other in others:
        if other.subject is None or other.subject == prepared.subject:
            continue
        for phrase in other.phrases:
            match = match_phrase(phrase, answer, unit="segment")
            if match is None or not own <= set(match.positions):
                continue
            right, swap = attribution(other.subject, answer, mentions, subjects, match.positions)
            if right and swap is None:
                return True
    return False
