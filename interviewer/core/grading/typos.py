"""Typos: which misspellings of a word are forgiven, and an answer's misspelt words read as the
question's (optimal string alignment distance, rapidfuzz)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .text import DIRECTION_WORDS, Text, cached_stem


def edits_allowed(word: str) -> int:
    """How many edits (optimal string alignment: a swap of neighbours is one) a misspelling of
    `word` may have: one from six letters on, two from ten; a word of four or five letters only
    a swap of neighbours (see _near_pairs), so 'model' never matches 'modal'."""
    if len(word) >= 10:
        return 2
    return 1 if len(word) >= 4 else 0


@dataclass(frozen=True)
class FuzzyWords:
    """A question's phrase words that may match a misspelling, made once per question for
    `matching.Answer.look_up`."""

    pairs: tuple[tuple[str, str], ...]
    """(word, stem) of each, sorted."""
    unknown: dict[str, tuple[str, float] | None]
    """Each word -> None (no misspelling of it found): a copy starts an answer's look-ups."""
    by_head: dict[str, tuple[tuple[str, str], ...]]
    """The pairs by the word's first six letters."""
    by_stem: dict[str, tuple[str, ...]]
    """The words by their stem."""

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> FuzzyWords:
        ordered = tuple(sorted(set(pairs)))
        by_head: dict[str, list[tuple[str, str]]] = {}
        by_stem: dict[str, list[str]] = {}
        for word, stem in ordered:
            by_head.setdefault(word[:6], []).append((word, stem))
            by_stem.setdefault(stem, []).append(word)
        return cls(
            ordered,
            dict.fromkeys(w for w, _ in ordered),
            {head: tuple(found) for head, found in by_head.items()},
            {stem: tuple(found) for stem, found in by_stem.items()},
        )


def _is_swap(word: str, other: str) -> bool:
    """Whether `other` is `word` with two neighbouring letters swapped (the commonest typo)."""
    if len(word) != len(other):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]]


def closest_each(words: list[str], choices: list[str]) -> list[tuple[str, float] | None]:
    """For each word, the choice nearest to it within its allowed edits and the similarity
    (0-100), or None; one call into rapidfuzz for all of them."""
    result: list[tuple[str, float] | None] = [None] * len(words)
    best: dict[int, tuple[float, int]] = {}
    # pairs come row by row, columns ascending: the first of equally close choices wins
    for row, column, score in _near_pairs(words, choices):
        if row not in best or score > best[row][0]:
            best[row] = (score, column)
    for row, (score, column) in best.items():
        result[row] = (choices[column], round(100.0 * score, 1))
    return result


def _near_pairs(words: list[str], choices: list[str]) -> list[tuple[int, int, float]]:
    """(word index, choice index, similarity 0-1) of every choice within the word's allowed
    edits (see edits_allowed), row by row, columns ascending."""
    import numpy as np
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import cdist

    rows = [i for i, w in enumerate(words) if len(w) >= 4]  # edits_allowed(w) > 0
    if not rows or not choices:
        return []
    distances = cdist(
        [words[i] for i in rows], choices, scorer=OSA.distance, score_cutoff=2, dtype=np.int32
    )
    # pairs within two edits are few (most calls have none): the edits each word allows
    # (edits_allowed) are checked on those alone, in Python
    pairs = []
    width = len(choices)
    for at in np.flatnonzero(distances <= 2).tolist():  # row by row, columns ascending
        row, column = divmod(at, width)
        word, choice = words[rows[row]], choices[column]
        distance = int(distances[row, column])
        if distance > edits_allowed(word):
            continue
        if len(word) < 6 and not _is_swap(word, choice):
            continue
        if cached_stem(word) in DIRECTION_WORDS or cached_stem(choice) in DIRECTION_WORDS:
            continue  # "lower" is never a typo of "higher", nor "encoder" of "decoder"
        pairs.append((rows[row], column, 1.0 - distance / max(len(word), len(choice))))
    return pairs


def correct_typos(
    text: Text,
    vocabulary: Mapping[str, str],
    vocabulary_words: list[str],
    known: frozenset[str],
    fixes: dict[str, str | None],
) -> None:
    """Give a misspelt word the stem of the question's word it is closest to.

    Args:
        text: the answer; its stems are corrected in place.
        vocabulary: the question's content words -> their stems.
        vocabulary_words: those words of four letters or more, sorted.
        known: the stems of the vocabulary (a word with one of them is no typo).
        fixes: answer word -> the stem it is corrected to (None: none), remembered per
            question, since a correction depends only on the question's vocabulary.
    """
    if not vocabulary_words:
        return
    words, stems = text.words, text.stems
    unknown = [
        i
        for i in text.content[:2000]
        if len(words[i]) >= 4 and stems[i] not in known and not words[i].isdigit()
    ]
    if not unknown:
        return
    new = sorted({words[i] for i in unknown} - fixes.keys())
    if new:
        if len(fixes) > 50_000:
            fixes.clear()
            new = sorted({words[i] for i in unknown})
        for word, best in zip(new, closest_each(new, vocabulary_words), strict=True):
            fixes[word] = None if best is None else vocabulary[best[0]]
    for i in unknown:
        fixed = fixes.get(words[i])
        if fixed is not None:
            stems[i] = fixed
