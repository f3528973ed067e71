"""Fixed phrases found in a list of words: where a word tuple ("for", "example"), ("at", "the",
"cost", "of") stands, one word after the other (discourse markers, a key's explanation phrases,
the frames of a before-state)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

Phrase = tuple[str, ...]


def phrase_at(words: Sequence[str], start: int, phrases: Iterable[Phrase]) -> Phrase | None:
    """The first of `phrases` that the words hold from `start` on, or None."""
    for phrase in phrases:
        if tuple(words[start : start + len(phrase)]) == phrase:
            return phrase
    return None


def phrase_spans(words: Sequence[str], phrases: Iterable[Phrase]) -> Iterator[range]:
    """The positions of each place where one of `phrases` stands in the words, left to right
    (places may overlap: each phrase is looked for at every position)."""
    phrases = tuple(phrases)
    # a phrase is asked for only where its first word stands (elsewhere no slice is made); an
    # empty phrase stands everywhere
    firsts = frozenset(phrase[0] for phrase in phrases if phrase)
    everywhere = not all(phrases)
    for start in range(len(words)):
        if not everywhere and words[start] not in firsts:
            continue
        for phrase in phrases:
            if tuple(words[start : start + len(phrase)]) == phrase:
                yield range(start, start + len(phrase))
