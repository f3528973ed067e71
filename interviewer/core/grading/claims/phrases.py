"""Wrong claims made ready once per question: a concept's `contradicts` and misconceptions
as phrases to match (`statement_phrases`), and the claims that open with the name of a subject
of the question's contrast (`subject_named_first`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..matching import COUNTING, Phrase, claim_words, make_phrase
from ..subjects import Subject
from ..text import DIRECTION_WORDS


def statement_phrases(
    statements: Iterable[str], canon: Mapping[str, str] | None = None
) -> list[Phrase]:
    """Wrong claims (`contradicts`, misconceptions) ready to match: they keep the question's own
    words and the counting words ("only", "each", "own", "same", ...: COUNTING, so "each frame
    denoised on its own" is not "all frames are denoised jointly"); one left with a single word
    states nothing ("write it once" is "write") and is ignored, unless it is said in the
    negative ("no labels")."""
    return [
        p
        for c in statements
        if (p := make_phrase(c, canon=canon, keep=claim_words(c), twice=True)) is not None
        and (len(p.tokens) > 1 or p.negative)
    ]


def subject_named_first(
    phrase: Phrase, subjects: Sequence[Subject], least: int = 2
) -> tuple[int, Phrase] | None:
    """A wrong claim that opens with the name of a subject of the question's contrast ("GRPO
    drops the clipping"): that subject's index and the rest of the claim ("drops the
    clipping"), when the rest holds two words or more, `least` of them besides direction and
    counting words ("uses a larger rank" says too little to be said through a pronoun; "better
    at recall" is a claim right after the subject's name); else None."""
    stems = [token[1] for token in phrase.tokens]
    longest = max(
        (
            (len(named.tokens), index)
            for index, subject in enumerate(subjects)
            for named in subject.phrases
            if named.tokens and stems[: len(named.tokens)] == [t[1] for t in named.tokens]
        ),
        default=None,
    )
    if longest is None:
        return None
    size, index = longest  # "the target model guesses" names "target model", not "target"
    rest = phrase.tokens[size:]
    said = [t for t in rest if t[1] not in DIRECTION_WORDS and t[0] not in COUNTING]
    if len(rest) >= 2 and len(said) >= least:
        return index, replace(phrase, tokens=rest)
    return None
