"""Words listed, not related: two words of a phrase with only "and" or "or" between them in
the answer, one ending a listed item and the other starting the next."""

from __future__ import annotations

from ..text import Text
from ..text.function_words import LIST_CONJUNCTIONS
from .answer import Answer
from .comparatives import compared
from .phrases import Phrase


def listed_between(phrase: Phrase, answer: Answer, chosen: list[int]) -> bool:
    """Whether two neighbouring words of the statement stand in the answer with only "and" or
    "or" between them, where the statement has no such word: they are listed, not related.
    "Use FID for images and WER for speech" does not say "images with WER"; "for images I
    would use WER" does. A statement that itself lists ("queries, keys and values") is
    matched as before."""
    if any(w in LIST_CONJUNCTIONS for w in phrase.text.lower().split()):
        return False
    words, stems = answer.text.words, answer.text.stems
    return any(
        b - a > 1
        and all(words[i] in LIST_CONJUNCTIONS for i in range(a + 1, b))
        and not compared(words[a], stems[a])
        and not compared(words[b], stems[b])
        and _paired_by_preposition(phrase, k)
        for k, (a, b) in enumerate(zip(chosen, chosen[1:], strict=False))
    )


def coordinated_apart(phrase: Phrase, answer: Answer, positions: tuple[int, ...]) -> bool:
    """Whether two neighbouring words of the phrase stand in the answer turned around, with
    only "and" or "or" between them: then they end one listed item and start the next, and
    are not said together. "common words become single tokens and rare words split" does not
    say "rare tokens"; "models and autoregressive decoding" does not say "autoregressive
    models". Only words side by side in the phrase are read so (a modifier and its noun, a
    verb and its object): "choose which answer is better" is said by "show two answers and
    pick which one is better". A phrase that itself lists ("fast and cheap", "replay or
    rehearsal") may be said in either order."""
    if len(positions) < 2:
        return False
    words, stems = answer.text.words, answer.text.stems
    found = set(positions)
    turned = [
        (one, other)
        for (one, first, _), (other, second, _) in zip(
            phrase.tokens, phrase.tokens[1:], strict=False
        )
        if first != second
        and any(
            stems[p] == second
            and p + 2 in found
            and words[p + 1] in LIST_CONJUNCTIONS
            and stems[p + 2] == first
            for p in positions
        )
    ]
    if not turned:
        return False
    said = Text.of(phrase.text).words
    if any(w in LIST_CONJUNCTIONS for w in said):
        return False
    side_by_side = set(zip(said, said[1:], strict=False))
    return any(pair in side_by_side for pair in turned)


PAIRING_WORDS = frozenset("with to for of on in by from".split())
"""Prepositions that pair two words of a statement ("images with WER", "left to right"):
only such a pairing is undone by a list in the answer."""


def _paired_by_preposition(phrase: Phrase, k: int) -> bool:
    """Whether the statement's k-th and next words are joined by a preposition ("images with
    WER"), or cannot be found in its text (read as before). "recall is better" or "GQA shares
    queries" relate their words by a verb: "X and Y" in an answer does not list them away."""
    text = [w.strip(".,;:!?()'\"") for w in phrase.text.lower().split()]
    first, second = phrase.tokens[k][0], phrase.tokens[k + 1][0]
    if first not in text or second not in text[text.index(first) + 1 :]:
        return True
    start = text.index(first)
    end = text.index(second, start + 1)
    return any(w in PAIRING_WORDS for w in text[start + 1 : end])
