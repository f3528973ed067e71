"""A bare direction said of another named thing: in "FID compares the statistics of real and
generated features (lower is better)" or "for FID, lower is better", "lower is better" is said
of FID, which the answer names as the subject of the clause it belongs to, not of the Inception
Score the question asks about. A reversed direction ("lower is better" against the concept
"higher is better") is not stated where its clause says nothing else before it and the nearest
clause of its sentence before it opens (after a conjunction, "for" or "with" and an article) with
an acronym written in capitals that neither the question nor the concept names. An acronym the
question writes ("For IS, lower is better"; "IS ... (lower is better)") keeps the reversal, and
so does one set against the subject ("like FID", "unlike FID": not at its clause's opening).
Found on a blind correct_probes49 answer of genai-111 (cp49-022), which compared three metrics
each with its own property."""

from __future__ import annotations

from collections.abc import Sequence

from .matching import Answer
from .subject_sides import written_in_capitals
from .text import STOP_WORDS

LEADS = frozenset("and but while whereas for with in the a an so then".split())
"""Words that may open a clause before the name it is about ("and FID ...", "for FID, ...")."""


def _opening_name(answer: Answer, start: int, end: int) -> int | None:
    """The first word of words[start:end] after LEADS, when it is written in capitals."""
    words = answer.text.words
    i = start
    while i < end and words[i] in LEADS and not written_in_capitals(answer.text, i):
        i += 1
    return i if i < end and written_in_capitals(answer.text, i) else None


def said_of_another_name(
    answer: Answer, positions: Sequence[int], asked: frozenset[str], own: frozenset[str]
) -> bool:
    """Whether a bare direction matched at `positions` is said of an acronym that is neither
    in `asked` (the question's words and stems) nor in `own` (the concept's stems): the
    words of its clause before it are function words only, and the nearest clause of the
    sentence before it with a word other than a function word opens with that acronym; or its
    own clause opens so ("for FID, lower is better" read as one clause)."""
    text, structure = answer.text, answer.structure
    words, stems = text.words, text.stems
    first = positions[0]
    start = structure.start("clause", first)
    name = _opening_name(answer, start, first)
    if name is None:
        if any(words[i] not in STOP_WORDS for i in range(start, first)):
            return False  # "the score: lower is better" names its own subject
        sentence = structure.start("sentence", first)
        end = start
        while end > sentence:
            previous = structure.start("clause", end - 1)
            if any(
                words[i] not in STOP_WORDS or written_in_capitals(answer.text, i)
                for i in range(previous, end)
            ):
                name = _opening_name(answer, previous, end)
                break
            end = previous
    if name is None:
        return False
    return not ({words[name], stems[name]} & (asked | own))
